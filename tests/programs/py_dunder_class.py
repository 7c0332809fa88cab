# x.__class__ is type(x) for every kind of object, not just exceptions.
import math
vals = [1, -2**100, 1.5, True, 1j, 'a', [1], (1,), {1: 2}, {1}, None, range(3), len,
        ValueError('x'), int, slice(1), (lambda: 0), math]
for v in vals:
    print(v.__class__, v.__class__ is type(v), v.__class__.__name__)
print((3).__class__(7.9), 'x'.__class__(12), [].__class__('ab'))
print(hasattr(0.5, '__class__'), getattr(2, '__class__'))
