# outcmp: exact
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def count_and_sum(a, thr):
    n = 0
    s = 0.0
    for i in prange(a.shape[0]):
        if a[i] > thr:
            n += 1
            s += a[i]
        elif a[i] < -thr:
            s += -1.0
    return n, s


@njit(parallel=True)
def even_odd(n):
    ev = 0
    od = 0
    for i in prange(n):
        if i % 2 == 0:
            ev += i
        else:
            od += i
    return ev, od


x = (np.arange(500) % 17).astype(np.float64) - 8.0
print(count_and_sum(x, 5.0), count_and_sum(x, 100.0))
print(even_odd(10), even_odd(1001), even_odd(0))
