# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def psum(a, init):
    s = init
    for i in prange(a.shape[0]):
        s += a[i]
    return s

print(psum(np.arange(50000.0), 1000.0), psum(np.arange(50000), -7), psum(np.ones(3), 0.5))
