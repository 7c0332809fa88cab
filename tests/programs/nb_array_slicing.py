# outcmp: exact
from numba import njit
import numpy as np


@njit
def slices(a):
    return a[1:4].sum(), a[::2].sum(), a[::-1][0], a[-3:].sum(), a[2:].size


@njit
def write_view(m):
    row = m[1]
    row[:] = 0
    col = m[:, 2]
    for i in range(col.shape[0]):
        col[i] = 100 + i
    sub = m[::2, ::2]
    sub += 1
    return m


@njit
def mask_ops(a):
    pos = a[a > 0]
    a[a < 0] = 0
    return pos, a


print(slices(np.arange(10)), slices(np.arange(6.0)))
print(write_view(np.arange(20).reshape(4, 5)))
print(mask_ops(np.array([3.0, -1.0, 2.0, -5.0, 0.5])))
