# a[idx] with one integer index array over one axis and nothing else left
# (a typed gather loop), for every element size, negative and repeated
# indices, 2-D index arrays, strided sources and index arrays; and the
# cases that keep the general walk (index arrays on two axes, a row index
# of a matrix, broadcast index arrays).
import numpy as np

idx = np.array([3, -1, 0, 7, 7, -8, 2])
for dt in (np.int8, np.int16, np.float32, np.float64, np.complex128, np.bool_):
    a = (np.arange(8) * 3 - 5).astype(dt)
    print(dt.__name__, a[idx], a[idx.reshape(7, 1)].shape, a[[1, 1, 1]])
s = np.arange(40.0)[::3]
print(s[np.array([0, 5, -1, 2])], s[np.array([[0, 1], [2, 3]])], s[np.arange(12)[::-2]])
m = np.arange(30).reshape(5, 6)
print(m[np.array([4, 0, -1])], m[np.array([1, 2]), np.array([3, -1])], m[:, np.array([0, 5, 5])])
print(m[np.array([[0], [4]]), np.array([1, 2, 3])], m.T[np.array([2, 0])], m[np.array([], dtype=np.int64)].shape)
big = np.arange(100000) * 0.5
print(big[(np.arange(100000) * 31) % 100000][-3:], big[-np.arange(1, 6)])
try:
    print(big[np.array([0, 100000])])
except IndexError as e:
    print("IndexError", e)
