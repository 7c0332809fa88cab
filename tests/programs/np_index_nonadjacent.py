# Advanced indices (arrays, and integers once an array is present) separated
# by a slice, None or ... put the broadcast index dims first; adjacent ones
# keep their place. Reads and assignments.
import numpy as np
d = np.arange(24).reshape(2, 3, 4)
a = np.arange(24).reshape(4, 6)
print(d[0, :, [1, 2]].shape, d[0, :, [1, 2]])
print(a[None, [0, 1], None, 2].shape, a[None, [0, 1], None, 2])
print(d[[0], ..., 0, [1]].shape, d[0, [1], ..., [2]].shape, d[[0], [1], ..., [2]].shape, d[:, [0], ..., [1]].shape, d[..., [0], 1].shape)
b = np.arange(6).reshape(2, 3)
print(b[[0], ..., [1]].shape, b[0, ..., [1]].shape, b[[[0]], ..., 1].shape)
print(d[0, None, [1, 2]].shape, d[None, 0, [1, 2]].shape, d[:, 0, [1, 2]].shape, d[:, [0, 1], 0].shape, d[[1, 0], :, [[2], [3]]].shape, d[[1, 0], :, [[2], [3]]])
print(d[1, :, 2], d[np.array([True, False]), :, 1].shape, d[0, 1:, np.array([3, 0])], d[0, ::2, [[1, 2]]].shape)
e = d.copy()
e[0, :, [1, 2]] = np.arange(6).reshape(2, 3)
print(e)
e[:, [0, 2], 1] = -1
e[[1], ..., [0]] = np.array([[7, 8, 9]])
print(e)
f = d.copy()
f[None, 1, :, [0, 3]] += 100
print(f[1])

# hot loop: the JIT records non-adjacent fancy reads and writes
g = np.zeros((2, 3, 4))
t = 0
for i in range(100):
    g[i % 2, :, [1, 3]] += 1
    t += int(d[i % 2, :, [0, 2]].sum()) + d[None, i % 2, :, [3]].shape[0]
print(t, g.sum(), g[1, :, 1])
