# outcmp: exact
import numba
from numba import njit, float64, int64, int32, float32, types
import numpy as np


@njit('int64(int64, int64)')
def iadd(a, b):
    return a + b


@njit(float64(float64[:]))
def total(x):
    s = 0.0
    for v in x:
        s += v
    return s


@njit(['float32(float32)', 'float64(float64)'])
def half(x):
    return x / 2


@njit([int32(int32), int64(int64)])
def twice(x):
    return x * 2


@njit(types.float64(types.float64, types.int64))
def scale(x, k):
    return x * k


@njit('void(float64[:,:], float64)')
def fill2d(a, v):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = v + i - j


print(iadd(2, 3), iadd.signatures)
print(total(np.arange(5.0)), total.signatures)
print(half(np.float32(3)), half(3.0), type(half(np.float32(3))).__name__, half.signatures)
print(twice(np.int32(21)), twice(21), twice.signatures)
print(scale(1.5, 4), scale.signatures)
m = np.zeros((2, 3))
print(fill2d(m, 10.0), m)
print(iadd(True, 2), iadd(np.int8(5), 1))
