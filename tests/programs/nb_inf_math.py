# outcmp: exact
import numpy as np
import numba
from numba import njit


import math

@njit
def f(x):
    return math.sqrt(x), math.floor(x), math.ceil(x), math.fabs(-x), math.hypot(3.0, 4.0)

@njit
def g(x):
    return np.sqrt(x), np.abs(-x), np.minimum(x, 2.0), np.maximum(x, 2.0)

print(f(6.25), g(6.25))
