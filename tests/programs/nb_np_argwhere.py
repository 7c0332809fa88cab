# np.argwhere of 1-d and 2-d arrays inside @njit code, and column picks
# next to plain slices (m[:, idx] beside m[:, 1:3]).
import numpy as np
from numba import njit


@njit
def where_nz(a, m):
    return np.argwhere(a), np.argwhere(m > 4), np.argwhere(m[:, 1:3] > 4)


@njit
def slices(m, idx):
    return m[:, 1:3], m[:, idx], m[1:, :2]


a = np.array([0.0, 1.5, 0.0, -2.0])
m = np.arange(9).reshape(3, 3)
for part in where_nz(a, m):
    print(part)
print(where_nz(np.zeros(2), m * 0)[0].shape, where_nz(np.zeros(2), m * 0)[1].shape)
print(slices(m, np.array([2, 0])))


@njit
def real_part(a):
    r = a.real
    r[0] = 9.0  # the array itself, as in Numba
    return r.sum()


x = np.arange(3.0)
print(real_part(x), x)
