# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit
def serial(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s

@njit(parallel=True)
def with_call(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += helper(a[i])
    return s

@njit
def helper(x):
    return x * 0.5 + 1.0

print(serial(np.arange(1000)), with_call(np.arange(40000.0)))
