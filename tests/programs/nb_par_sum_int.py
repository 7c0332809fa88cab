# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def psum(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s

print(psum(np.arange(100000)), psum(np.arange(7)), psum(np.arange(0)))
