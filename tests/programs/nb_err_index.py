# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def get(a, i):
    return a[i]

print(get(np.arange(5), -1), get(np.arange(5), 2))
