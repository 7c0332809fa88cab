# @njit ufuncs of complex64 arrays in single precision as Numba computes
# them (float32 libm calls and products, float32 constants where npyfuncs.py
# takes the dtype's, double where cmathimpl's source mixes in Python floats):
# the results printed and each part exactly (as float), special values
import numpy as np
from numba import njit

nan = float("nan")
inf = float("inf")
vals = [1 + 2j, 3 - 1j, -0.5 + 0.25j, 0j, -0.0 - 0.0j, 0.1 + 0.7j, -2.5 - 3.25j, 1e-3 + 1e-4j, 12.5 - 0.3j,
        -40 + 2j, 0.9999 + 0j, 1 + 0j, -1 + 0j, 0 + 1j, 0 - 1j, 1e30 + 1e30j, 1e-30 - 1e-30j,
        complex(nan, 0), complex(0, nan), complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(inf, inf),
        complex(-inf, nan)]
z = np.array(vals, dtype=np.complex64)


@njit
def trans(a):
    return (np.sqrt(a), np.exp(a), np.log(a), np.sin(a), np.cos(a), np.tan(a), np.arcsin(a), np.arccos(a),
            np.arctan(a), np.sinh(a), np.cosh(a), np.tanh(a))


@njit
def trans2(a):
    return (np.arcsinh(a), np.arccosh(a), np.arctanh(a), np.exp2(a), np.log2(a), np.log10(a), np.expm1(a),
            np.log1p(a), np.reciprocal(a), np.rint(a), np.square(a), np.negative(a))


names = ["sqrt", "exp", "log", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
         "arcsinh", "arccosh", "arctanh", "exp2", "log2", "log10", "expm1", "log1p", "reciprocal", "rint", "square",
         "negative"]
with np.errstate(all="ignore"):
    rs = trans(z) + trans2(z)
    for name, r in zip(names, rs):
        print(name, r.dtype, r)
        print(name, "exact", [(float(v.real), float(v.imag)) for v in r])
