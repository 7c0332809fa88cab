# @njit binary ufuncs of complex arrays: add/subtract/multiply/divide
# (np.divide is NumPy's kernel but a zero divisor divides part by part, signed
# zeros kept), maximum/minimum/fmax/fmin (NaN rules), the operators (a / b is
# Numba's scalar division, which raises for a zero divisor); complex64 and
# mixed operands in Numba's loop dtype (a scalar typed by its type:
# complex64 * 2.5 is complex128 computed in double), broadcasting
import numpy as np
from numba import njit

nan = float("nan")
inf = float("inf")
z = np.array([1 + 2j, 3 - 1j, -0.5 + 0.25j, 0j, complex(nan, 1), complex(1, nan), complex(inf, -2), -0.0 - 0.0j])
w = np.array([1 + 2j, 2 + 5j, -0.5 + 0.5j, 0j, 1 + 1j, complex(1, 2), complex(-inf, 1), 0.0 + 0.0j])
z64 = z.astype(np.complex64)
w64 = w.astype(np.complex64)
x = np.array([1.5, -2.0, 0.5, 0.0, nan, 1.0, 3.0, -0.0])
x32 = x.astype(np.float32)
k = np.arange(8)


@njit
def arith(a, b):
    return np.add(a, b), np.subtract(a, b), np.multiply(a, b), np.divide(a, b), np.true_divide(a, b)


@njit
def extrema(a, b):
    return np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b)


@njit
def ops(a, b):
    return a * b, a - b, a + b


@njit
def div(a, b):
    return a / b


def show(tag, r):
    if isinstance(r, tuple):
        for i, t in enumerate(r):
            print(tag, i, t.dtype, t)
    else:
        print(tag, r.dtype, r)


pairs = [("c128 c128", z, w), ("c64 c64", z64, w64), ("c64 c128", z64, w), ("c64 f32", z64, x32),
         ("c64 f64", z64, x), ("f32 c64", x32, z64), ("c64 i64", z64, k), ("c64 2", z64, 2),
         ("c64 2.5", z64, 2.5), ("1j c64", 1j, z64), ("2.0 c64", 2.0, z64), ("c64 c64s", z64, np.complex64(1 + 1j)),
         ("f64 1j", x, 1j), ("c128 c128 2d", z.reshape(2, 4), w[:4])]
for tag, a, b in pairs:
    show("arith " + tag, arith(a, b))
    show("extrema " + tag, extrema(a, b))
    show("ops " + tag, ops(a, b))
    try:
        show("div " + tag, div(a, b))
    except ZeroDivisionError as e:
        print("div " + tag, "ZeroDivisionError", e)
    nz = (b + 0.5j) if not isinstance(b, np.ndarray) or b.dtype.kind == "c" else b + 0.5
    show("div nonzero " + tag, div(a, nz))

signed = np.array([1 + 1j, -1 - 1j, 1 - 1j, complex(nan, 1)])
for d in (complex(-0.0, -0.0), complex(-0.0, 0.0), complex(0.0, -0.0), 0j):
    show("divide by " + repr(d), arith(signed, np.full(4, d))[3])
    show("divide c64 by " + repr(d), arith(signed.astype(np.complex64), np.full(4, d, np.complex64))[3])
