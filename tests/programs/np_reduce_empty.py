# outcmp: exact
import numpy as np
e = np.array([])
print(e.sum(), e.prod(), e.any(), e.all(), e.cumsum(), e.shape, repr(e))
z = np.zeros((0, 3))
print(z.sum(axis=0), z.prod(axis=0), z.sum(axis=1), z.sum(axis=1).shape, z.max(axis=1), z.any(axis=0))
for fn in ['max', 'min', 'argmax', 'argmin']:
    try:
        print(getattr(e, fn)())
    except ValueError as ex:
        print(fn, "ValueError:", ex)
try:
    z.max(axis=0)
except ValueError as ex:
    print("ValueError:", ex)
print(np.array([], dtype=np.int64).sum(), type(np.array([], dtype=np.int64).sum()).__name__)
print(np.array([], dtype=bool).sum(), np.array([], dtype=np.int8).prod())
print(np.zeros((2, 0)).mean(axis=0), repr(np.zeros((2, 0)).sum(axis=0)))
print(repr(np.array([]).reshape(0, 2)), repr(np.arange(0)), repr(np.zeros((0,), dtype=np.int8)))
print(np.concatenate([np.array([]), np.array([1.0])]), np.array([[]]).sum())
