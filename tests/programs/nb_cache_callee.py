# outcmp: exact
import numpy as np
from numba import njit, prange


@njit(cache=True)
def sq(x):
    return x * x

@njit(cache=True)
def sumsq(n):
    s = 0
    for i in range(n):
        s += sq(i)
    return s

print(sumsq(10), sumsq(1000), sq(7))
