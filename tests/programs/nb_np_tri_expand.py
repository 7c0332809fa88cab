# np.nanmedian, np.tri and np.expand_dims (a view of a C-contiguous array)
# inside @njit code, as Numba 0.56 gives them.
import numpy as np
from numba import njit


@njit
def nanmed(a):
    return np.nanmedian(a)


@njit
def tris(n, m, k):
    return np.tri(n), np.tri(n, m), np.tri(n, m, k), np.tri(n, M=m, k=-k)


@njit
def expand(a, m):
    e = np.expand_dims(a, 0)
    e[0, 0] = -1.0  # a view
    return e, np.expand_dims(a, -1).shape, np.expand_dims(m, 0).shape, np.expand_dims(m, 1).shape, np.expand_dims(m, -1).shape


print(nanmed(np.array([3.0, np.nan, 1.0, 2.0])), nanmed(np.array([np.nan, 4.0, np.nan, 1.0])))
print(nanmed(np.array([np.nan, np.nan])), nanmed(np.array([5, 1, 3, 2])), nanmed(np.arange(6.0).reshape(2, 3)))
for part in tris(3, 4, 1):
    print(part)
print(tris(0, 2, 0)[1].shape)
a = np.arange(3.0)
print(expand(a, np.ones((2, 3))), a)
