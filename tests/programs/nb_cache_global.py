# outcmp: exact
import numpy as np
from numba import njit, prange


SCALE = 3

@njit(cache=True)
def scaled(a):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = a[i] * SCALE
    return out

print(scaled(np.arange(5)), scaled(np.arange(3.0)))
