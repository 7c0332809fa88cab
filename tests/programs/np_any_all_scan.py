# any()/all() of whole contiguous bool arrays (a scan 8 bytes at a time that
# stops at the deciding element), and the cases that keep the general
# reduction: axis=, keepdims=, out=, where=, strided views, other dtypes.
import numpy as np

cases = [np.array([], dtype=bool), np.zeros(13, bool), np.ones(13, bool),
         np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 1], bool), np.array([1] * 16 + [0], bool),
         np.array([1] * 8 + [0] + [1] * 8, bool), np.ones((3, 4), bool)[:, ::2], np.eye(3, dtype=bool)]
for a in cases:
    print(a.any(), a.all(), np.any(a), np.all(a), type(a.any()).__name__)
print(np.array([0.0, np.nan]).any(), np.array([0.0, -0.0]).any(), np.array([1, 2]).all(), np.array([1j, 0j]).all())
print(np.all([[True, False]], axis=1), np.any(np.zeros(3), keepdims=True), np.all(np.eye(3, dtype=bool), axis=0))
out = np.zeros((), dtype=bool)
np.any(np.array([False, True]), out=out)
print(out, np.all(np.array([True, False, True]), where=np.array([True, False, True])))
big = np.zeros(100003, dtype=bool)
print(big.any(), (~big).all())
big[-1] = True
print(big.any(), big[:-1].any(), (~big).all(), (~big)[:-1].all())
