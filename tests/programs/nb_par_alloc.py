# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def local_arrays(n):
    out = np.zeros(n)
    for i in prange(n):
        tmp = np.arange(5) * i
        out[i] = tmp.sum()
    return out

print(local_arrays(6))
print(local_arrays(20000).sum())
