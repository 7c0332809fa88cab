# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def stepped(n):
    s = 0
    for i in prange(3, n):
        if i % 4 == 3:
            s += i
    return s

@njit(parallel=True)
def neg(n):
    s = 0
    for i in prange(n):
        if (n - i) % 2 == 0:
            s += n - i
    return s

print(stepped(100000), stepped(3), neg(100001), neg(10))
