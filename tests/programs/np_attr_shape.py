# outcmp: exact
import numpy as np
arrs = [np.array(3.0), np.arange(4), np.zeros((2, 5)), np.ones((2, 3, 4), dtype=np.int8),
        np.zeros((0, 4)), np.arange(24).reshape(2, 3, 2, 2)]
for a in arrs:
    print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes, len(a) if a.ndim else '-')
a = np.arange(12)
a.shape = (3, 4)
print(a)
a.shape = (2, -1)
print(a.shape)
print(type(a.shape).__name__, type(a.ndim).__name__, type(a.size).__name__)
print(np.arange(10)[2:7].shape, np.arange(10)[::3].shape, np.arange(10)[::-4].size)
m = np.zeros((3, 4, 5))
print(m[0].shape, m[:, 0].shape, m[..., 0].shape, m[1, 2].shape, m[1:, :2, ::2].shape)
print(m.T.shape, m.reshape(-1).shape, m.reshape(4, -1).shape)
try:
    a.shape = (5, 5)
except ValueError as e:
    print("ValueError:", e)
print(np.shape([[1, 2, 3]]), np.size(m), np.ndim(m))
