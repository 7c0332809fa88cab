# float ** int in @njit code is Numba's repeated multiplication, inverted
# for a negative exponent; under Python's error model the inversion of 0
# raises ZeroDivisionError (0.0 ** -1, and a power that underflows first),
# in @vectorize kernels too (Numba's int_power helper keeps Python's model).
# float ** float is pow().
import numpy as np
from numba import njit, vectorize


@njit
def p(a, b):
    return a ** b


@vectorize(["float64(float64, int64)"])
def vp(a, b):
    return a ** b


cases = [(0.0, -1), (np.float32(0.0), -1), (-0.0, -3), (-0.0, -2), (1e-200, -2), (2.0, -3), (np.float32(0.5), -4),
         (0.0, -1.0), (np.float32(-0.0), np.float32(-1.0)), (1.5, 0), (0.0, 0), (-2.0, 63), (3.0, -1)]
for a, b in cases:
    try:
        r = p(a, b)
        print(type(a).__name__, b, repr(r), type(r).__name__)
    except ZeroDivisionError as e:
        print(type(a).__name__, b, "ZeroDivisionError", e)
print(vp(np.array([0.5, -0.25, 1e-100, 2.0]), np.array([-1, -3, -2, -2])))
try:
    vp(np.array([1.0, 0.0]), np.array([-1, -1]))
except ZeroDivisionError as e:
    print("vectorize ZeroDivisionError", e)
