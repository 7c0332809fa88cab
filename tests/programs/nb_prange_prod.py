# outcmp: exact
from numba import njit, prange
import numpy as np


@njit(parallel=True)
def pprod(a):
    p = 1
    for i in prange(a.shape[0]):
        p *= a[i]
    return p


@njit(parallel=True)
def pprod_init(a, start):
    p = start
    for i in prange(len(a)):
        p *= a[i]
    return p


print(pprod(np.arange(1, 16)), pprod(np.array([2.0, 0.5, 4.0, 0.25, 8.0])))
print(pprod(np.full(40, 2)), pprod(np.full(10, -1)))
print(pprod_init(np.array([1.5, 2.0, 2.0]), 3.0), pprod_init(np.arange(1, 6), 10))
print(pprod(np.zeros(0)), pprod_init(np.zeros(0), 7.5))
