# outcmp: exact
from numba import njit
import numpy as np


@njit
def stats(arr):
    lo = arr[0]
    hi = arr[0]
    s = 0.0
    for v in arr:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        s += v
    return lo, hi, s / len(arr)


@njit
def swap(t):
    a, b = t
    return b, a


@njit
def nested():
    return (1, (2.5, True)), 3


@njit
def divmod_all(n, d):
    return n // d, n % d


print(stats(np.array([3.0, -1.0, 4.0, 1.5])))
print(stats(np.array([5, 2, 9])))
print(swap((1, 2.5)), swap((True, 7)))
print(nested())
q, r = divmod_all(17, 5)
print(q, r, divmod_all(-17, 5))
t = stats(np.arange(10.0))
print(type(t).__name__, len(t), t[2])
