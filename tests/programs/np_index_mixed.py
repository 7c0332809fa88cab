# outcmp: exact
import numpy as np
m = np.arange(30).reshape(5, 6)
print(m[1:4, [0, 2, 4]])
print(m[[4, 0], 1:5:2])
print(m[m[:, 0] > 10, :2])
print(m[::2, m[0] % 2 == 1])
print(m[-1, [True, False] * 3])
print(m[..., [0, -1]])
print(m[None, 2, ::-2])
t = np.arange(60).reshape(3, 4, 5)
print(t[1, [0, 3], 1:3])
print(t[[0, 2], 1:3, [1, 4]])
print(t[:, [1, 2], 0])
print(t[:, 0, [1, 2]].shape, t[[0], :, [1]].shape, t[..., [0, 1]].shape)
x = np.arange(8)
x[1:7][[0, 2, 4]] = 0
print(x)
y = x[x > 2][::-1]
print(y, y.shape)
z = np.arange(10)
z[z > 4][:] = 0
print(z)
z[np.nonzero(z > 4)] = 0
print(z)
