# outcmp: exact
from numba import njit
import numpy as np


@njit
def matmul(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@njit
def transpose_sum(a):
    t = a.T
    total = 0
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            total += t[i, j] * (i + 1)
    return total


@njit
def fill_diag(n, v):
    m = np.zeros((n, n), dtype=np.int64)
    for i in range(n):
        m[i, i] = v
        if i + 1 < n:
            m[i, i + 1] = -1
    return m


a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4) / 4
print(matmul(a, b))
print(np.array_equal(matmul(a, b), a @ b))
print(transpose_sum(np.arange(12).reshape(3, 4)), transpose_sum(np.ones((2, 2))))
print(fill_diag(4, 7))
print(matmul(a[:, ::2], b[::2, :]))
