# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit(fastmath=True)
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s

@njit(boundscheck=False)
def nocheck(a):
    return a[1]

print(total(np.arange(1000.0)), nocheck(np.arange(3)))
