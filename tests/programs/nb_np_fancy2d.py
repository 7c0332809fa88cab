# Rows and columns of a 2-d array picked by a 1-d integer array inside
# @njit code (m[idx], m[:, idx]): new C-contiguous arrays, as in Numba.
import numpy as np
from numba import njit


@njit
def rows(m, idx):
    r = m[idx]
    r[0, 0] = -1  # a copy
    return r, m[idx].sum(), m[idx][:, 1]


@njit
def cols(m, idx):
    return m[:, idx], m.T[:, idx[1:]]


@njit
def pick(m, i):
    return m[np.array([i])]


m = np.arange(12.0).reshape(3, 4)
print(rows(m, np.array([2, 0, 2])), m[0, 0])
print(rows(m, np.array([-1, 1], dtype=np.int32)))
print(cols(m, np.array([3, 0])), cols(m[:, 1:], np.array([-2, 1])))
print(cols(np.arange(6).reshape(2, 3), np.array([1, 1, 0])))
print(pick(m[::2], 1), pick(m, 2).shape, cols(m, np.zeros(0, dtype=np.int64))[0].shape)
