# The delattr builtin (it was missing), with CPython's errors.
def f(): pass
setattr(f, 'tag', 5)
print(f.tag, hasattr(f, 'tag'))
delattr(f, 'tag')
print(hasattr(f, 'tag'))
for args in [(f, 'tag'), (1,), (1, 2), (5, 'real'), ([], 'append'), (5, 'nope')]:
    try:
        delattr(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
import math
math.extra = 1
delattr(math, 'extra')
print(hasattr(math, 'extra'))
