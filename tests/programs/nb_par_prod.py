# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def pprod(n):
    p = 1
    q = 1.0
    for i in prange(1, n + 1):
        if i % 1000 == 0:
            p *= 2
        q *= 1.0 + (i % 3 == 0) * 0.0
    return p, q

print(pprod(40000), pprod(10))
