# outcmp: exact
import numba
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def psum(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def psub(a):
    s = 1000
    for i in prange(len(a)):
        s -= a[i]
    return s


@njit(parallel=True)
def psum2d(m):
    s = 0.0
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


a = np.arange(1000)
print(psum(a), a.sum(), psub(np.arange(10)), psub(np.zeros(0, dtype=np.int64)))
print(psum(np.ones(17)), psum(np.arange(100) * 0.5))
m = np.arange(600, dtype=np.float64).reshape(20, 30) * 0.25
print(psum2d(m), m.sum())
