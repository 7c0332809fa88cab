# outcmp: exact
from numba import njit
import numpy as np


@njit
def powers_of_two(n):
    x = 1
    for i in range(n):
        x *= 2
    return x


@njit
def wrap8(arr):
    for i in range(arr.shape[0]):
        arr[i] += 100
    return arr


@njit
def uint_sub(a, b):
    return a - b


print(powers_of_two(10), powers_of_two(62), powers_of_two(63), powers_of_two(64))
print(2 ** 63, 2 ** 64)
print(wrap8(np.array([10, 27, 28, 100], dtype=np.int8)))
print(wrap8(np.array([100, 155, 156], dtype=np.uint8)))
print(uint_sub(np.uint8(3), np.uint8(5)), uint_sub(np.int64(3), np.int64(5)))
print(uint_sub(np.uint64(3), np.uint64(5)), uint_sub(3, 5))
