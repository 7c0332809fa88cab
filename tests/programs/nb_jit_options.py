# outcmp: exact
import numba
from numba import jit, njit
import numpy as np


@jit(nopython=True)
def a(x):
    return x + 1


@njit(nogil=True)
def b(x):
    return x * 2


@njit(inline='always')
def helper(x):
    return x - 3


@njit
def c(x):
    return helper(x) * helper(x)


@jit(nopython=True, cache=False, fastmath=False, boundscheck=False)
def d(arr):
    s = 0
    for v in arr:
        s += v
    return s


print(a(1), a(1.5), b(21), b(np.arange(3)), c(10), d(np.arange(101)))
print(type(a).__name__, a.__name__, a.py_func(41))
print(numba.__name__, callable(numba.njit), hasattr(numba, 'prange'))
