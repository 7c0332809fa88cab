# outcmp: exact
import numba
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def square_into(a, out):
    for i in prange(a.shape[0]):
        out[i] = a[i] * a[i]


@njit(parallel=True)
def row_sums(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s
    return out


@njit(parallel=True)
def whole_array(a, b):
    return a * 2.0 + b - 1.0


a = np.arange(100, dtype=np.float64)
out = np.empty_like(a)
square_into(a, out)
print(out[:6], out[-2:], out.sum())
m = np.arange(60.0).reshape(6, 10) / 4
print(row_sums(m), np.array_equal(row_sums(m), m.sum(axis=1)))
print(whole_array(np.arange(5.0), np.ones(5)))
numba.set_num_threads(1)
print(numba.get_num_threads(), row_sums(m)[:3])
