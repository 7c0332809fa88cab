# outcmp: exact
import numpy as np
from numba import njit, prange


@njit('float64(float64[:])', cache=True)
def mean(a):
    s = 0.0
    for x in a:
        s += x
    return s / a.shape[0]

print(mean(np.arange(9.0)), mean.signatures)
