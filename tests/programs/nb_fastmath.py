from numba import njit
import numpy as np


@njit(fastmath=True)
def fsum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit(fastmath=True)
def norm(a):
    s = 0.0
    for v in a:
        s += v * v
    return np.sqrt(s)


@njit(fastmath={'reassoc', 'nsz'})
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


x = np.arange(1000) * 0.001
print(round(fsum(x), 6), round(norm(x), 6), round(dot(x, x), 6))
print(round(fsum(np.ones(100)), 6), round(norm(np.array([3.0, 4.0])), 6))
print(abs(fsum(x) - x.sum()) < 1e-9, abs(dot(x, x) - np.dot(x, x)) < 1e-9)
