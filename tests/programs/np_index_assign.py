# outcmp: exact
import numpy as np
a = np.zeros(10, dtype=np.int64)
a[3] = 7
a[-1] = 9
a[1:3] = 5
a[5:8] = [1, 2, 3]
print(a)
a[::3] = -1
print(a)
a[:] = 0
a[[1, 3, 5]] = 4
a[[0, 0, 0]] = 8
print(a)
a[[2, 4]] = [20, 40]
a[a == 4] = 44
print(a)
a[a > 10] += 1
print(a)
a[np.array([9, 8])] = np.array([90, 80])
print(a)
m = np.zeros((3, 4))
m[1] = 1
m[:, 2] = [7, 8, 9]
m[2, 1:] = 5.5
m[0] = np.arange(4)
print(m)
m[m > 5] = -1
print(m)
m[[0, 2], [3, 0]] = 100
m[:, [1]] = 0.25
print(m)
m[..., -1] = [[1], [2], [3]][0]
print(m)
m[1:, :] = np.array([[10], [20]])
print(m)
i = np.arange(5, dtype=np.int8)
i[0] = 3.9
i[1] = -2.7
i[2:4] = [1.5, -7]
print(i)
f = np.zeros(3)
f[0] = True
f[1] = np.int8(-4)
f[2] = 2**60
print(f)
