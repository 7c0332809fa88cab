# outcmp: exact
import numpy as np
from numba import njit, prange


@njit(cache=True, parallel=True)
def psum(a):
    s = 0
    for i in prange(a.shape[0]):
        if a[i] % 3 == 1:
            s += a[i]
    return s

print(psum(np.arange(60000)), psum(np.arange(10)))
