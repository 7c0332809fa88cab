# NumPy's float ufuncs on a scalar inside @njit pick the loop as for arrays:
# a bool or an 8/16-bit integer scalar takes the float32 loop (np.sqrt of a
# uint8 is float32), wider integers float64; math.* stays float64.
from numba import njit
import numpy as np
import math


@njit
def np_funcs(x):
    return np.sqrt(x), np.log(x), np.exp(x), np.sin(x), np.arctan(x), np.log1p(x)


@njit
def math_funcs(x):
    return math.sqrt(x), math.log(x), math.exp(x)


@njit
def as_array(x):
    return np.array([np.sqrt(x), np.cos(x)])


for x in [np.uint8(3), np.int8(5), np.int16(7), np.uint16(11), True, np.int32(3), np.uint32(3), 3, np.float32(3), 3.0]:
    print(type(x).__name__, np_funcs(x), math_funcs(x), as_array(x).dtype)
