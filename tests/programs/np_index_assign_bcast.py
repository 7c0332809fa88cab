# outcmp: exact
import numpy as np
m = np.zeros((4, 5), dtype=int)
m[:] = np.arange(5)
print(m)
m[:] = np.arange(4).reshape(4, 1)
print(m)
m[1:3, 1:4] = np.array([[-1, -2, -3]])
print(m)
m[[0, 3]] = [9, 8, 7, 6, 5]
print(m)
m[m < 0] = np.array([100])[0]
print(m)
t = np.zeros((2, 3, 4))
t[...] = np.arange(4)
t[:, 1] = -1
t[1, :, ::2] = np.array([[5, 6]])
print(t)
t[:, :, 0] = np.array([[1, 2, 3], [4, 5, 6]])
print(t[:, :, 0], t.sum())
c = np.zeros(3, dtype=complex)
c[1] = 2 + 3j
c[c == 0] = 1j
print(c)
b = np.zeros(5, dtype=bool)
b[[1, 3]] = True
b[4] = 1
print(b)
r = np.arange(6)
r[::-1] = np.arange(6)
print(r)
r[1:] = r[:-1]
print(r)
