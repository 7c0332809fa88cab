# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def count_even(a):
    c = 5
    t = 0.0
    for i in prange(a.shape[0]):
        if a[i] % 2 == 0:
            c += 1
            t += a[i]
        elif a[i] % 7 == 0:
            t += -1.0
    return c, t

print(count_even(np.arange(100001)))
print(count_even(np.arange(10)))
