# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def transpose_sum(m):
    out = np.zeros((m.shape[1], m.shape[0]))
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out[j, i] = m[i, j]
    return out

m = np.arange(6.0).reshape(2, 3)
print(transpose_sum(m))
print(transpose_sum(m[:, ::2]))
