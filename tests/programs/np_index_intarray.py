# outcmp: exact
import numpy as np
a = np.arange(10) * 3
print(a[[0, 2, 4]], a[np.array([9, 0, 9])], a[[-1, -2]], a[[]], a[[]].dtype)
idx = np.array([[0, 1], [2, 3]])
print(a[idx], a[idx].shape)
m = np.arange(20).reshape(4, 5)
print(m[[0, 2]])
print(m[[0, 2], [1, 3]])
print(m[[3, 0], :], m[:, [4, 0]])
print(m[np.array([[0, 0], [3, 3]]), np.array([[0, 4], [0, 4]])])
print(m[[1, 2], 1:3])
print(m[1:3, [0, -1]])
print(m[[0, 1, 2], [0]], m[[2], [0, 1, 2]])
print(m[np.arange(4), np.arange(4)])
t = np.arange(24).reshape(2, 3, 4)
print(t[[0, 1], [1, 2]], t[[0, 1], :, [1, 2]].shape, t[:, [0, 2], :].shape)
print(t[:, [0, 2], [1, 3]])
print(t[1, [0, 1, 2], [3, 2, 1]])
r = a[[1, 1, 1]]
r[0] = 1000
print(a[1], r)
print(a[np.array([1, 3], dtype=np.int8)], a[np.array([2], dtype=np.uint16)])
print(a[(1, )], m[(1, 2)], m[[1, 2]].shape)
