# Setting attributes on built-in objects: what CPython allows on an
# exception (args, __cause__, __context__, __suppress_context__) and the
# messages for what it refuses.
e = ValueError(1)
e.args = [2, 3]
print(e, repr(e), e.args)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = None
print(e.__context__)
for bad in ('__cause__', '__context__'):
    try:
        if bad == '__cause__':
            e.__cause__ = 5
        else:
            e.__context__ = 5
    except TypeError as x:
        print(x)
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise RuntimeError('b') from None
except RuntimeError as x:
    print(x.__suppress_context__, repr(x.__context__), x.__cause__)

def setter(which):
    x, l, r, c = 5, [], range(3), 1j
    if which == 0: x.y = 1
    if which == 1: x.real = 1
    if which == 2: l.append = 1
    if which == 3: r.start = 1
    if which == 4: c.imag = 1
    if which == 5: True.real = 1
    if which == 6: del x.real
    if which == 7: del l.append
    if which == 8: del r.step
    if which == 9: (1.5).imag = 0

for which in range(10):
    try:
        setter(which)
    except AttributeError as x:
        print(which, x)
