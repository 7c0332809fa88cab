# `x in a` / `x not in a` for arrays in @njit code: Numba's array_contains
# compares x with every element (any shape, C order) and stops at the first
# equal one; NaN is never found, ints and floats compare by value.
import numpy as np
from numba import njit


@njit
def has(a, v):
    return v in a, v not in a


@njit
def first_missing(labels, n):
    for k in range(n):
        if k not in labels:
            return k
    return -1


@njit
def count_common(a, b):
    c = 0
    for v in a:
        if v in b:
            c += 1
    return c


m = np.arange(12).reshape(3, 4)
cases = ((np.arange(5), 3), (np.arange(5.0), 3), (np.arange(5), 2.5), (np.arange(5), 4.0),
         (np.array([1.5, np.nan]), np.nan), (np.array([1.5, np.nan]), 1.5), (m, 11), (m, 12), (m[:, ::2], 3),
         (m[:, ::2], 2), (np.zeros(0), 0.0), (np.array([True, False]), 0), (np.array([1 + 2j, 3j]), 3j),
         (np.array([0.1, 0.2], dtype=np.float32), 0.1), (np.arange(250, 256, dtype=np.uint8), 255))
for a, v in cases:
    print(has(a, v))
print(first_missing(np.array([0, 1, 3, 4]), 6), first_missing(np.arange(6), 6))
print(count_common(np.arange(10), np.arange(5, 20, 2)))
