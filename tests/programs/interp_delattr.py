# del obj.attr: function attributes (set, read, delete), module attributes,
# and CPython's errors for what cannot be deleted.
import math


def counted(fn):
    def wrapper(x):
        wrapper.calls += 1
        return fn(x)

    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


print([square(i) for i in range(5)], square.calls)
print(square.__dict__)
del square.calls
print(hasattr(square, "calls"), square.__dict__)
square.calls = 10
square.tag = "sq"
print(sorted(square.__dict__.items()))
del square.tag
print(square.__dict__, square.__name__)

try:
    del square.calls
    del square.calls
except AttributeError as e:
    print("AttributeError:", e)

try:
    del square.__name__
except TypeError as e:
    print("TypeError:", e)

square.__name__ = "renamed"
print(square.__name__)

import mod_interp_delattr as m

print(m.VALUE, hasattr(m, "VALUE"))
del m.VALUE
print(hasattr(m, "VALUE"), m.other())
try:
    del m.VALUE
except AttributeError as e:
    print("AttributeError:", e)

try:
    del math.nope
except AttributeError as e:
    print("AttributeError:", e)

x = 5
try:
    del x.real
except AttributeError as e:
    print("AttributeError:", e)
try:
    del x.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    del [].append
except AttributeError as e:
    print("AttributeError:", e)
try:
    del "s".upper
except AttributeError as e:
    print("AttributeError:", e)
