# NumPy ufuncs on scalars alone inside @njit: Numba's loop type (each
# scalar typed by its type) and the loop's element semantics.
import numpy as np
from numba import njit


@njit
def binary(z, x, y, b):
    return (np.add(z[0], 1), np.divide(x, y), np.equal(z[0], z[1]), np.power(x, 2), np.logical_not(b),
            np.maximum(x, y), np.add(x, 2.5), np.divide(3, 2), np.power(2, 3), np.subtract(b, b),
            np.floor_divide(7, 2), np.remainder(-7, 2), np.logical_and(x, b), np.minimum(2, 1.5), np.add(b, b),
            np.power(2, -1), np.fmin(x, np.nan), np.greater_equal(y, x), np.bitwise_or(b, True))


@njit
def loops(i, j, f, b, u):
    return (np.add(i, f), np.divide(i, 0), np.floor_divide(i, 0), np.remainder(i, 0), np.power(i, -1), np.power(j, 3),
            np.floor_divide(-7.5, 0.0), np.remainder(-7, 3), np.remainder(7.5, -2.0), np.subtract(b, b), np.power(b, b),
            np.maximum(f, np.nan), np.fmax(f, np.nan), np.minimum(i, b), np.logical_xor(i, 0.0), np.not_equal(i, f),
            np.less(u, i), np.bitwise_xor(i, 5), np.divide(j, j), np.divide(b, b), np.true_divide(0.0, 0.0),
            np.floor_divide(-7, 2), np.multiply(b, True), np.add(j, j), np.power(2, 63), np.maximum(b, False))


@njit
def unary(b, f, i):
    return (np.positive(b), np.negative(b), np.square(b), np.logical_not(f), np.negative(f), np.positive(i),
            np.square(np.float32(1.1)), np.negative(0.0), np.logical_not(i))


@njit
def zero_power(a, i):
    return np.power(a, -1), a ** -1, np.power(a, -2), np.power(i, -1)


z = np.array([3, 4], dtype=np.int64)
for args in ((z, 7, 2, True), (z, 7.5, 0.0, False)):
    for r in binary(*args):
        print(repr(r), type(r).__name__)
print(loops(16777217, np.int8(100), np.float32(1.0), True, np.uint64(3)))
print(loops(-5, np.int8(-3), np.float32(-0.5), False, np.uint64(0)))
print(unary(True, 2.5, 3))
print(unary(False, 0.0, 0))
print(zero_power(np.array([0, 2, -1, 1]), 0))


@njit
def cplx(z, w, i, f, q):
    return (np.add(z, 1), np.multiply(z, 2), np.subtract(i, z), np.multiply(w, f), np.add(w, w), np.multiply(w, q),
            np.equal(z, 1 + 2j), np.not_equal(w, f), np.add(w, 2.5), np.multiply(w, i), np.subtract(w, np.float32(0.1)),
            np.equal(w, np.complex64(0.1 + 0.2j)))


for args in ((1 + 2j, np.complex64(0.1 + 0.2j), 3, np.float32(1.5), 0.3 + 0.7j),
             (complex(np.inf, -0.0), np.complex64(-0.0j), -1, np.float32(np.nan), 1j)):
    for r in cplx(*args):
        print(repr(r), type(r).__name__)
