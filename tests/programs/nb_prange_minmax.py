# outcmp: exact
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def pmin(a):
    m = a[0]
    for i in prange(a.shape[0]):
        m = min(m, a[i])
    return m


@njit(parallel=True)
def pmax(a):
    m = -np.inf
    for i in prange(a.shape[0]):
        m = max(m, a[i])
    return m


@njit(parallel=True)
def prange_both(a):
    lo = np.inf
    hi = -np.inf
    for i in prange(len(a)):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


x = ((np.arange(1000) * 7919) % 1009).astype(np.float64) - 500.0
print(pmin(x), pmax(x), x.min(), x.max())
print(pmin(np.array([5, 3, 9, 1, 7])), pmax(np.array([5.5, 3.0])))
print(prange_both(x), prange_both(np.array([2.5])))
