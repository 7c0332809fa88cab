# NumPy's operator ufuncs called as functions inside @njit code (np.add,
# np.less, np.logical_and, np.fmax, np.square, ...), fused into one
# element loop like the operators, with Numba 0.56's result dtypes.
import numpy as np
from numba import njit


@njit
def arith(a, b):
    return np.add(a, b), np.subtract(a, b), np.multiply(a, 2), np.divide(a, b), np.true_divide(b, 4)


@njit
def arith_int(x, y):
    return np.add(x, y), np.floor_divide(x, y), np.remainder(x, y), np.mod(x, -3), np.divide(x, y), np.square(x)


@njit
def bits(x, y):
    return np.bitwise_and(x, y), np.bitwise_or(x, 6), np.bitwise_xor(x, y)


@njit
def compare(a, b):
    return np.less(a, b), np.less_equal(a, 2.0), np.greater(a, b), np.greater_equal(a, b), np.equal(a, b), np.not_equal(a, b)


@njit
def logic(a, b):
    return np.logical_and(a > 1.0, b > 1.0), np.logical_or(a > 3.0, b < 1.0), np.logical_xor(a > 1.0, b), np.logical_not(a)


@njit
def nanminmax(a, b):
    return np.fmax(a, b), np.fmin(a, b), np.maximum(a, b), np.minimum(a, 2.0), np.fmax(a, 1.5)


@njit
def fused(a, b):
    return np.sqrt(np.add(np.square(a), np.multiply(b, b))) + np.subtract(a, 1)


a = np.array([0.5, 1.5, 2.5, 3.5, -1.0])
b = np.array([2.0, 1.5, 0.0, 4.0, -2.0])
for part in arith(a, b):
    print(part)
x = np.array([7, -7, 9, 0, 12])
y = np.array([2, 2, -4, 3, 5])
for part in arith_int(x, y):
    print(part)
print(arith_int(x.astype(np.int32), np.int32(3)))
print(bits(x, y))
for part in compare(a, b):
    print(part)
for part in logic(a, b):
    print(part)
c = np.array([1.0, np.nan, 3.0, np.nan])
d = np.array([np.nan, 2.0, 1.0, np.nan])
for part in nanminmax(c, d):
    print(part)
print(nanminmax(x, y)[:2])
print(fused(a, b))
print(fused(np.arange(6.0).reshape(2, 3), np.ones((2, 3))))
