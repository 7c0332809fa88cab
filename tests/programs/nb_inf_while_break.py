# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def first_over(a, t):
    i = 0
    while i < a.shape[0]:
        if a[i] > t:
            break
        i += 1
    else:
        return -1
    return i

print(first_over(np.arange(10), 6), first_over(np.arange(10), 60))
