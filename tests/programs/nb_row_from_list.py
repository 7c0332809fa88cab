# a[i] = [x, y, z] and a[lo:hi] = lst in @njit code: Numba's setitem of a
# list of numbers into a 1-d view, item by item with the array's
# conversion; a length that differs is ValueError, a 2-d target a
# TypingError (as for tuples: nb_row_from_tuple.py).
import numpy as np
from numba import njit, TypingError


@njit
def rows(n):
    a = np.zeros((2, 3))
    a[0] = [1, 2, 3]
    a[1, :2] = [0.5, n]
    return a


@njit
def strided(n):
    a = np.zeros(4, dtype=np.int64)
    a[::2] = [1.7, -2.7 * n]
    return a


@njit
def built(n):
    a = np.zeros(n)
    l = []
    for i in range(n):
        l.append(i * i)
    a[:] = l
    return a


@njit
def short(n):
    a = np.zeros(n)
    a[:] = [1.0, 2.0]
    return a


@njit
def two_d(n):
    a = np.zeros((2, 2))
    a[:] = [1.0, n]
    return a


print(rows(3))
print(strided(2))
print(built(4))
for f in (short, two_d):
    try:
        print(f(3))
    except ValueError as e:
        print("ValueError:", e)
    except TypingError:
        print("TypingError")
