# Keyword arguments of NumPy functions in @njit code: those Numba reads
# work; np.zeros(order=), np.array(ndmin=) and np.random.choice(p=) are
# TypingErrors as in Numba (they were ignored here). (np.arange(1, n,
# step=2), which Numba takes, is a TypingError in streak, no longer
# ignored: it gave 1, 2, 3, ...)
import numpy as np
from numba import njit, TypingError


@njit
def accepted(a):
    np.random.seed(1)
    return (np.zeros(shape=2), np.full(2, fill_value=1.5), np.zeros_like(a, dtype=np.int32),
            np.random.normal(0.0, 1.0, size=2), np.histogram(a, bins=2, range=(0.0, 3.0)), np.searchsorted(a, 1.0, side='right'),
            np.arange(3, dtype=np.float32), np.array([1, 2], dtype=np.float64))


@njit
def zeros_order(n):
    return np.zeros(n, order='F')


@njit
def array_ndmin(n):
    return np.array([1, n], ndmin=2)


@njit
def choice_p(a):
    return np.random.choice(3, p=a)


print(accepted(np.array([0.5, 2.0, 1.5])))
for f, arg in ((zeros_order, 3), (array_ndmin, 3), (choice_p, np.array([0.2, 0.3, 0.5]))):
    try:
        print(f.__name__, f(arg))
    except TypingError:
        print(f.__name__, "TypingError")
