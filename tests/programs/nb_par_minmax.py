# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def extremes(a):
    lo = a[0]
    hi = a[0]
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi

x = np.sin(np.arange(30000) * 0.37) * 1000.0
print(extremes(x))
print(extremes(np.array([5, 3, 9, -2, 7])))
