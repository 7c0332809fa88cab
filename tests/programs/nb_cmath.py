# outcmp: exact
# cmath inside @njit code: Numba's own algorithms (numba/cpython/
# cmathimpl.py), which differ from CPython's cmath in the last digit (log
# is log(hypot(x, y))) and never raise: log(0) is -inf, overflow is inf.
import cmath
import math
import numpy as np
from numba import njit


@njit
def unary(z):
    return (cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z), cmath.sin(z), cmath.cos(z),
            cmath.tan(z), cmath.sinh(z), cmath.cosh(z), cmath.tanh(z), cmath.asin(z), cmath.acos(z),
            cmath.atan(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))


@njit
def parts(z):
    return cmath.phase(z), cmath.polar(z), abs(z), cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


@njit
def reals(x, n):
    # real arguments are converted to complex, as Numba's signatures do
    return cmath.sqrt(x), cmath.exp(n), cmath.log(x, 10), cmath.phase(x), cmath.isnan(x), cmath.rect(x, n)


@njit
def rect(r, phi):
    return cmath.rect(r, phi)


@njit
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


@njit
def dft(x):
    n = len(x)
    out = np.zeros(n, dtype=np.complex128)
    for k in range(n):
        s = 0j
        for t in range(n):
            s += x[t] * cmath.exp(-2j * cmath.pi * k * t / n)
        out[k] = s
    return out


inf, nan = math.inf, math.nan
values = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -4 + 0j, complex(-4, -0.0), 1j, 0.5 + 0.25j,
          -3 + 4j, 2.5 - 7.25j, 1e-300 + 1e-300j, 1e308 + 1e308j, complex(inf, 1), complex(-inf, 1),
          complex(1, inf), complex(inf, inf), complex(inf, nan), complex(-inf, nan), complex(nan, 0), complex(nan, nan),
          complex(1, nan), complex(0, inf), complex(710, 1), complex(-745, 2), complex(1, 1e-20)]
for v in values:
    print(v, unary(v))
    print(v, parts(v))
print(reals(2.0, 3), reals(-4.0, 0), reals(0.0, -1))
for r, phi in [(2.0, 0.5), (0.0, inf), (0.0, nan), (inf, inf), (inf, 0.0), (-inf, 0.0), (inf, math.pi / 2), (1.0, nan)]:
    print(r, phi, rect(r, phi))
print(roots(1.0, 2.0, 5.0), roots(1.0, -3.0, 2.0))
print(dft(np.array([1.0, 2.0, 0.5, -1.0])))
x = 0.3
acc = 0j
for i in range(200):
    acc += unary(complex(x * i - 25, x * (i % 7) - 1))[2]
print(acc)
