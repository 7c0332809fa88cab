# outcmp: exact
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def sum_from(a, init):
    s = init
    for i in prange(len(a)):
        s += a[i]
    return s


@njit(parallel=True)
def multi(a):
    s = 100
    p = 2
    m = 50
    for i in prange(len(a)):
        s += a[i]
        p *= 1 + (a[i] % 2)
        m = min(m, a[i])
    return s, p, m


print(sum_from(np.arange(10), 1000), sum_from(np.arange(10.0), -0.5), sum_from(np.zeros(0), 3.25))
print(multi(np.arange(20)), multi(np.array([60, 70, 81])))
