# a.sum(axis=k) / np.sum(a, axis=k) in @njit code: a literal axis (also a
# local bound once to a constant) counts from the end when negative, while
# an axis known only at run time gets Numba's array_sum_impl_axis checks
# (0 to 3, then below ndim) and no wrapping.
import numpy as np
from numba import njit


@njit
def s_const(a):
    k = -1
    return a.sum(axis=-1), np.sum(a, axis=-2), a.sum(1), np.sum(a, 0), a.sum(axis=k)


@njit
def s_var(a, k):
    return a.sum(axis=k)


@njit
def s_var_np(a, k):
    return np.sum(a, axis=k)


m = np.arange(6.0).reshape(2, 3)
c = np.arange(24).reshape(2, 3, 4)
print(s_const(m))
for k in (0, 1, -1, 2, 4, -3):
    for f in (s_var, s_var_np):
        try:
            print(k, f(m, k))
        except ValueError as e:
            print(k, "ValueError:", e)
for k in (0, 2, 3, -1):
    try:
        print(k, s_var(c, k))
    except ValueError as e:
        print(k, "ValueError:", e)
