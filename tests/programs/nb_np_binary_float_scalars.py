# np.arctan2 / np.hypot / np.copysign of scalars in @njit take the loop
# Numba's ufunc search picks, as for arrays: with an integer and a float
# input mixed, the integer casts to the float's type (float32 and int64 give
# float32); two small ints or bools take float32, wider ones float64.
from numba import njit
import numpy as np


@njit
def f(x, y):
    return np.arctan2(x, y), np.hypot(x, y), np.copysign(x, y)


vals = [np.float32(2.5), 2.5, 3, np.int8(-3), np.uint16(7), np.int32(5), True, np.uint64(9)]
for x in vals:
    for y in vals:
        r = f(x, y)
        print(type(x).__name__, type(y).__name__, r)


@njit
def g(x, y):
    return np.arctan2(x, y), np.hypot(x, y), np.copysign(x, y)


arrs = [np.array([2.5, -1.5], dtype=np.float32), np.array([3, -7], dtype=np.int8), np.array([7, 9], dtype=np.uint16),
        np.array([5, -6]), np.array([0.5, 2.0])]
for x in arrs:
    for y in arrs + [np.int64(3), np.float32(0.5)]:
        print([(r, r.dtype) for r in g(x, y)])
