# Complex scalar arithmetic in @njit as Numba compiles it: complex64
# operands give complex64 results computed in float32 (a product rounds each
# partial product; division is CPython's algorithm in float32), z ** 2 is
# z * z, other powers go through numba_cpow (CPython's _Py_c_pow; complex64
# rounds its result), and 0 to a negative or complex power is nan+nanj.
from numba import njit
import numpy as np


def t(fn, *a):
    try:
        r = fn(*a)
        print(r if not isinstance(r, tuple) else tuple(complex(x) for x in r))
    except Exception as e:
        print(type(e).__name__, e)


@njit
def pw(a, b):
    return a ** b


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b


@njit
def to_c64(z):
    return np.complex64(z) * np.complex64(1)


t(pw, 1j, 2)
t(pw, 1j, 2.0)
t(pw, 1 + 2j, 2)
t(pw, 1 + 2j, 3)
t(pw, 1j, 3)
t(pw, 0j, -1)
t(pw, 0j, 1j)
t(pw, 0j, 0)
t(pw, 0j, 2)
t(pw, 2, 1j)
t(pw, 1.5 + 0.5j, 0.5)
t(pw, np.complex64(1 + 2j), np.complex64(2))
t(pw, np.complex64(1 + 2j), np.complex64(3))
t(pw, np.complex64(1.1 + 0.3j), np.complex64(0.5 - 1j))
t(pw, np.complex64(1j), 2)
t(pw, np.complex64(0), np.complex64(-2))
t(ops, np.complex64(1.1 + 2j), np.complex64(3.3))
t(ops, np.complex64(0.1 + 0.7j), np.complex64(0.3 - 0.9j))
t(ops, np.complex64(1e-3 + 7j), np.float32(0.3))
t(ops, np.complex64(1.1 + 2j), 0.1 + 0.2j)
t(ops, np.complex64(1), np.complex64(0))
t(to_c64, 0.1 + 0.2j)
t(to_c64, 0.1)
