# outcmp: exact
from numba import njit
import numpy as np


@njit
def make(n):
    a = np.zeros(n)
    b = np.ones((2, n), dtype=np.int64)
    c = np.empty(n, dtype=np.float32)
    for i in range(n):
        c[i] = i / 2
    d = np.arange(n)
    e = np.full(n, 7.5)
    return a, b, c, d, e


@njit
def like(x):
    z = np.zeros_like(x)
    o = np.ones_like(x)
    e = np.empty_like(x)
    e[:] = 3
    return z, o, e


for arr in make(5):
    print(repr(arr))
for arr in like(np.arange(4.0).reshape(2, 2)):
    print(arr, arr.dtype)
