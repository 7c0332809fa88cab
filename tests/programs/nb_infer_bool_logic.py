# outcmp: exact
from numba import njit
import numpy as np


@njit
def classify(x):
    if x > 0 and x % 2 == 0:
        return 2
    elif x > 0 or x == -1:
        return 1
    elif not x:
        return 0
    return -1


@njit
def count_true(mask):
    c = 0
    for b in mask:
        if b:
            c += 1
    return c, c > len(mask) // 2


@njit
def chain(a, b, c):
    return a < b < c, a == b == c, (a < b) != (b < c)


print([classify(v) for v in [-3, -1, 0, 1, 2, 7, 8]])
print(count_true(np.array([True, False, True, True])), count_true(np.zeros(3, dtype=np.bool_)))
print(chain(1, 2, 3), chain(2, 2, 2), chain(3, 2, 1), chain(1.5, 1.5, 2.0))
