# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def squares(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = i * i
    return out

@njit(parallel=True)
def rowsums(m):
    r = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        t = 0.0
        for j in range(m.shape[1]):
            t += m[i, j]
        r[i] = t
    return r

print(squares(8))
print(squares(20000)[-3:])
print(rowsums(np.arange(12.0).reshape(3, 4)))
print(rowsums(np.ones((15000, 3))).sum())
