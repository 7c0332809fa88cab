# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def psub(a):
    s = 1000000
    for i in prange(a.shape[0]):
        s -= a[i]
    return s

@njit(parallel=True)
def pmix(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s = s + a[i] * 2.0
    return s

print(psub(np.arange(1000)), pmix(np.arange(20000.0)))
