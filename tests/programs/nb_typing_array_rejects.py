# outcmp: exact
import numpy as np
from numba import njit
from numba.core.errors import TypingError


@njit
def reshape_view(a):
    return a[::2].reshape((2, 3))


@njit
def mean_axis(a):
    return a.mean(axis=0)


@njit
def min_axis(a):
    return a.min(axis=0)


@njit
def mask_2d(a):
    return a[a > 2]


@njit
def dot_int(a):
    return np.dot(a, a)


@njit
def float_bitand(a):
    return a & 1


cases = [
    (reshape_view, np.arange(12)),
    (mean_axis, np.arange(6.0).reshape(2, 3)),
    (min_axis, np.arange(6.0).reshape(2, 3)),
    (mask_2d, np.arange(6).reshape(2, 3)),
    (dot_int, np.arange(3)),
    (float_bitand, np.arange(3.0)),
]
for f, arg in cases:
    try:
        f(arg)
        print(f.__name__, "compiled")
    except TypingError:
        print(f.__name__, "TypingError")
