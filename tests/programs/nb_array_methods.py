# outcmp: exact
from numba import njit
import numpy as np


@njit
def summary(a):
    return a.sum(), a.min(), a.max(), a.argmin(), a.argmax(), a.mean(), a.prod()


@njit
def shape_ops(a):
    r = a.reshape((3, 4))
    t = r.T
    c = t.copy()
    c[0, 0] = -1
    return r.shape, t.shape, r.sum(), c[0, 0], a[0], r.ravel()[5], t.ndim, a.size


@njit
def np_funcs(a):
    return np.sum(a), np.max(a), np.cumsum(a), np.abs(a - 5)


x = np.array([3.0, 1.0, 4.0, 1.5, 5.0, 9.0])
print(summary(x))
print(shape_ops(np.arange(12)))
print(np_funcs(np.array([7, 2, 9, 4])))
