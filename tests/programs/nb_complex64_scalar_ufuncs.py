# @njit np.<ufunc> of a complex64 scalar (a TypingError): Numba's loop of
# complex64, the result complex64 (r * r stays in float32), computed as the
# complex64 array loops are; complex128 scalars alongside
import numpy as np
from numba import njit
@njit
def f_sqrt(z):
    r = np.sqrt(z)
    return r, r * r
@njit
def f_exp(z):
    r = np.exp(z)
    return r, r * r
@njit
def f_log(z):
    r = np.log(z)
    return r, r * r
@njit
def f_sin(z):
    r = np.sin(z)
    return r, r * r
@njit
def f_cos(z):
    r = np.cos(z)
    return r, r * r
@njit
def f_tan(z):
    r = np.tan(z)
    return r, r * r
@njit
def f_arcsin(z):
    r = np.arcsin(z)
    return r, r * r
@njit
def f_arccos(z):
    r = np.arccos(z)
    return r, r * r
@njit
def f_arctan(z):
    r = np.arctan(z)
    return r, r * r
@njit
def f_sinh(z):
    r = np.sinh(z)
    return r, r * r
@njit
def f_cosh(z):
    r = np.cosh(z)
    return r, r * r
@njit
def f_tanh(z):
    r = np.tanh(z)
    return r, r * r
@njit
def f_arcsinh(z):
    r = np.arcsinh(z)
    return r, r * r
@njit
def f_arccosh(z):
    r = np.arccosh(z)
    return r, r * r
@njit
def f_arctanh(z):
    r = np.arctanh(z)
    return r, r * r
@njit
def f_exp2(z):
    r = np.exp2(z)
    return r, r * r
@njit
def f_log2(z):
    r = np.log2(z)
    return r, r * r
@njit
def f_log10(z):
    r = np.log10(z)
    return r, r * r
@njit
def f_expm1(z):
    r = np.expm1(z)
    return r, r * r
@njit
def f_log1p(z):
    r = np.log1p(z)
    return r, r * r
@njit
def f_reciprocal(z):
    r = np.reciprocal(z)
    return r, r * r
@njit
def f_rint(z):
    r = np.rint(z)
    return r, r * r
@njit
def f_square(z):
    r = np.square(z)
    return r, r * r
@njit
def f_negative(z):
    r = np.negative(z)
    return r, r * r
vals = [1 + 2j, -0.5 + 0.25j, 0j, 1e-3 + 1e-4j, complex(float('inf'), 1), 12.5 - 0.3j]
for n in ['sqrt', 'exp', 'log', 'sin', 'cos', 'tan', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh', 'arcsinh', 'arccosh', 'arctanh', 'exp2', 'log2', 'log10', 'expm1', 'log1p', 'reciprocal', 'rint', 'square', 'negative']:
    f = globals()['f_' + n]
    for v in vals:
        for z in (np.complex64(v), complex(v)):
            r, r2 = f(z)
            print(n, type(z).__name__, (float(r.real), float(r.imag)), (float(r2.real), float(r2.imag)))
