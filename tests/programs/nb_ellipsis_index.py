# Ellipsis in @njit array indexing: a[..., i], a[i, ...], a[i, ..., j] and
# stores through them, for arrays of several dimensions (one function
# compiled for each).
import numpy as np
from numba import njit


@njit
def views(a):
    return a[..., 0], a[0, ...], a[..., 1:3].sum(), a[1, ..., 2]


@njit
def last(a):
    return a[..., -1]


@njit
def store(a):
    a[..., 0] = -1
    a[1, ...] += 1
    return a


@njit
def fill(a):
    a[...] = 3
    return a


@njit
def col_sums(a):
    t = 0.0
    for j in range(a.shape[-1]):
        t += last(a[..., : j + 1]).sum() * (j + 1)
    return t


for x in (np.arange(12.0).reshape(3, 4), np.arange(24).reshape(2, 3, 4)):
    print(views(x))
print(last(np.arange(4.0)), last(np.arange(6.0).reshape(2, 3)))
print(store(np.arange(12.0).reshape(3, 4)))
print(fill(np.arange(4.0)), fill(np.zeros((2, 2), dtype=np.int64)))
print(col_sums(np.arange(12.0).reshape(3, 4)))
