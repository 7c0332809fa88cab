# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def stats(a):
    lo = a[0]
    hi = a[0]
    for x in a:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi, hi - lo

@njit
def swap(t):
    a, b = t
    return b, a

print(stats(np.array([4, -1, 9, 3])), stats(np.array([2.5, 0.5])))
print(swap((1, 2.5)), swap((3, 4)))
