# outcmp: exact
import numpy as np
from numba import njit


@njit
def weighted(a):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    return s


@njit
def dot_zip(a, b):
    s = 0.0
    n = 0
    for x, y in zip(a, b):
        s += x * y
        n += 1
    return s, n


@njit
def zip_range(a):
    out = np.zeros(a.shape[0], dtype=np.int64)
    for k, x, j in zip(range(10, 0, -2), a, range(len(a))):
        out[j] = k * x
    return out


@njit
def rows_enum(m):
    best = -1
    bestsum = -1e300
    for i, row in enumerate(m):
        s = row.sum()
        if s > bestsum:
            best, bestsum = i, s
    return best, bestsum


@njit
def pairs(a):
    t = 0
    for p in zip(a, a[1:]):
        t += p[1] - p[0]
    return t


@njit
def find_neg(a):
    for i, x in enumerate(a):
        if x < 0:
            break
    else:
        return -1
    return i


print(weighted(np.array([1.0, 2.0, 3.0])))
print(dot_zip(np.arange(5.0), np.array([2.0, 0.5, 1.0])))
print(zip_range(np.array([1, 2, 3])))
print(rows_enum(np.array([[1.0, 2.0], [5.0, -1.0], [3.0, 3.5]])))
print(pairs(np.array([1, 4, 9, 16])))
print(find_neg(np.array([3, 1, -2, 5])), find_neg(np.arange(3)))
