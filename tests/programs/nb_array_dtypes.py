# outcmp: exact
import numpy as np
from numba import njit


@njit
def f32_ops(a, b):
    return a * 2.0, a * np.float32(2.0), a + b, np.sqrt(a), a / 3, a // 2, a > 1.5, np.abs(a - 2), a ** 2


@njit
def int_mixed(k, f):
    return k * f, k + np.float32(0.5), k / 2, k > np.float32(1.5), np.maximum(k, 1.5), k * True


@njit
def small_ints(k, j):
    return k + j, k * 2, k - j, -k, np.abs(k), k // j, k == j


x = np.arange(4, dtype=np.float32)
for r in f32_ops(x, np.arange(4, dtype=np.int16)):
    print(r, r.dtype)
for r in int_mixed(np.arange(4), np.float32(0.25)):
    print(r, r.dtype)
for r in small_ints(np.array([100, -7, 3], dtype=np.int8), np.array([3, 2, -2], dtype=np.int16)):
    print(r, r.dtype)
for r in small_ints(np.array([250, 7, 3], dtype=np.uint8), np.array([3, 2, 9], dtype=np.uint8)):
    print(r, r.dtype)
