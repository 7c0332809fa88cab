# cmath inside @njit on complex64 and float32 arguments: Numba's complex64
# versions (single precision parts, a complex64 result), phase of a float32
# in double, rect of two float32 in single precision.
import cmath
import numpy as np
from numba import njit


@njit
def unary(x):
    return (cmath.sqrt(x), cmath.exp(x), cmath.log(x), cmath.log10(x), cmath.sin(x), cmath.cos(x), cmath.tan(x),
            cmath.sinh(x), cmath.cosh(x), cmath.tanh(x), cmath.asin(x), cmath.acos(x), cmath.atan(x),
            cmath.asinh(x), cmath.acosh(x), cmath.atanh(x), cmath.isnan(x), cmath.isinf(x), cmath.isfinite(x))


@njit
def phase(x):
    return cmath.phase(x)


@njit
def polar(z):
    return cmath.polar(z)


@njit
def two(z, b, r, p):
    return cmath.log(z, b), cmath.rect(r, p)


for x in (np.complex64(1 + 2j), np.float32(0.5), np.complex64(-0.3 + 0.1j), np.float32(-2.5), np.complex64(0j),
          np.complex64(complex(np.inf, 1.0)), np.complex64(complex(np.nan, 0.0))):
    print(unary(x))
print(phase(np.float32(-0.5)), phase(np.complex64(-0.3 + 0.1j)), phase(np.float32(0.7)))
print(polar(np.complex64(1 + 2j)), polar(np.complex64(-0.3 + 0.1j)))
print(two(np.complex64(1 + 2j), np.complex64(2), np.float32(1.1), np.float32(0.7)))
print(two(np.float32(3.0), np.float32(2.0), np.float32(np.inf), np.float32(0.0)))
print(two(np.complex64(-1.5j), np.float32(10.0), np.float32(0.0), np.float32(np.nan)))
