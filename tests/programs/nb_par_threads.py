# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def psum(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s

n = numba.get_num_threads()
print(n >= 1, n <= numba.config.NUMBA_NUM_THREADS)
numba.set_num_threads(1)
print(numba.get_num_threads(), psum(np.arange(30000)))
numba.set_num_threads(n)
print(numba.get_num_threads() == n, psum(np.arange(30000)))
try:
    numba.set_num_threads(0)
except ValueError as e:
    print("ValueError")
