# outcmp: exact
import numpy as np
from numba import njit, prange


@njit(cache=True)
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

print(dot(np.arange(10.0), np.ones(10)), dot(np.arange(3.0), np.arange(3.0)))
print(dot(np.arange(4), np.arange(4)))
