# @njit a OP= b on complex arrays is Numba's ufunc with out=a: /= is
# np.true_divide's kernel (Smith's division with a reciprocal; a zero divisor
# gives inf/nan, no ZeroDivisionError as for a / b), and the operands are
# cast to the ufunc's loop dtype (complex64 += int64 stays complex64 math)
import numpy as np
from numba import njit


@njit
def ops(c, b):
    r1 = c.copy()
    r1 += b
    r2 = c.copy()
    r2 -= b
    r3 = c.copy()
    r3 *= b
    r4 = c.copy()
    r4 /= b
    r5 = c.copy()
    r5 **= 2
    return r1, r2, r3, r4, r5


@njit
def scalar_ops(c):
    r = c.copy()
    r += 1
    r *= 2.5
    r -= 1j
    r /= 3
    return r


c = np.array([3 + 3j, 10 - 2j, 0.5 + 1.5j, -1e-3 + 7j, 16777217 + 1j])
b = np.array([1.5 - 1j, 3 + 2j, 0j, 0.1 + 0.3j, 3 - 0j])
for name, x, y in (("c128 c128", c, b), ("c64 c64", c.astype(np.complex64), b.astype(np.complex64)),
                   ("c64 c128", c.astype(np.complex64), b), ("c64 i64", c.astype(np.complex64), np.arange(1, 6) * 3355443),
                   ("c128 f64", c, np.array([0.5, -2.0, 0.0, 3.0, 7.0]))):
    for i, r in enumerate(ops(x, y)):
        print(name, i, r.dtype, [(float(v.real), float(v.imag)) for v in r])
    r = scalar_ops(x)
    print(name, "scalars", r.dtype, [(float(v.real), float(v.imag)) for v in r])
