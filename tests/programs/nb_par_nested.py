# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def nested(n, m):
    out = np.zeros((n, m))
    total = 0
    for i in prange(n):
        for j in prange(m):
            out[i, j] = i * m + j
            total += 1
    return out, total

o, t = nested(4, 3)
print(o)
print(t)
o, t = nested(300, 50)
print(o.sum(), t)
