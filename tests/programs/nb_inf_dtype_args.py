# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def make(n):
    a = np.zeros(n, dtype=np.int32)
    b = np.ones((2, 2), dtype=np.float32)
    c = np.full(n, 2, dtype=np.uint8)
    for i in range(n):
        a[i] = i * 3
    return a, b, c

a, b, c = make(4)
print(a, a.dtype, b.dtype, c, c.dtype)
