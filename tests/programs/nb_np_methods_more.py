# Array methods that are NumPy functions inside @njit code: a.clip(lo, hi),
# a.nonzero(), a.repeat(n), a.ptp().
import numpy as np
from numba import njit


@njit
def methods(a, n):
    return a.clip(0.5, 2.5), a.nonzero(), a.repeat(n), a.ptp()


@njit
def int_methods(x):
    return x.clip(-1, 3), x.nonzero(), x.repeat(2), x.ptp()


a = np.array([0.0, 1.5, -2.0, 3.0, 0.0])
print(methods(a, 2))
print(methods(a[::2], 0))
print(methods(np.arange(6.0).reshape(2, 3), 1))
print(int_methods(np.array([4, 0, -3, 2], dtype=np.int32)))
print(int_methods(np.array([[5, 0], [0, 1]], dtype=np.uint8)))
