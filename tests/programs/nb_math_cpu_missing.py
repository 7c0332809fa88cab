# Numba 0.56's CPU target has no typing for math.log2 nor math.fmod (its
# numba.cuda target has both): calling them in @njit code is a TypingError,
# whichever way they are imported; np.fmod and np.log2 do compile.
import math
from math import log2, fmod
import numpy as np
from numba import njit, TypingError


@njit
def via_module_log2(x):
    return math.log2(x)


@njit
def via_module_fmod(x, y):
    return math.fmod(x, y)


@njit
def via_name_log2(x):
    return log2(x)


@njit
def via_name_fmod(x, y):
    return fmod(x, y)


@njit
def accepted(x, y):
    return np.fmod(x, y), np.log2(x)


for f, args in ((via_module_log2, (8.0,)), (via_module_fmod, (7.5, 2.0)), (via_name_log2, (8,)),
                (via_name_fmod, (7, 3))):
    try:
        print(f(*args))
    except TypingError:
        print(f.__name__, "TypingError")
print(accepted(8.0, 3.0))
print(accepted(-7.5, 2.0))
