# outcmp: exact
from numba import njit
import numpy as np


@njit
def arith(a, b):
    return a + b * 2.0, a - b, a * b, a / b, -a, a + 1, 2 - b


@njit
def int_ops(a, b):
    return a // b, a % b, a // 0, a % 0, a * 3 + 1, a ** 2, a & 6, a | 1, a ^ b, ~a


@njit
def float_div(a):
    return a // 0.0, a % 0.0, a / 0.0, a // 2.5, a % -2.5, (-a) // 4


@njit
def compare(a, b):
    m = (a > 2) & (b <= 3.5)
    return a == b, a != 2, a < b, m, ~m, m | (a == 0)


@njit
def broadcast(m, v, s):
    return m + v, m * s, v - m, (m > v).sum()


@njit
def ufuncs(x):
    return np.abs(x), np.sign(x), np.floor(x), np.ceil(x), np.maximum(x, 0.5), np.minimum(x, 0.5), np.negative(x)


@njit
def int_ufuncs(k):
    return np.abs(k), np.sign(k), np.maximum(k, 1), np.minimum(k, k * 2)


@njit
def chain(a, b):
    c = np.sqrt(a * a + b * b)
    d = c[::2] + 1.0
    return c, d, (c > 3).sum(), np.isnan(c / c)


@njit
def inplace(a):
    a += 1
    a *= 2
    b = a[1:]
    b -= a[:-1]
    return a


@njit
def bad_broadcast(a, b):
    return a + b


a = np.array([1.0, 2.0, 3.0, 4.0, 0.0])
b = np.array([0.5, 4.0, 3.0, 2.0, 8.0])
for r in arith(a, b):
    print(r)
ia = np.array([7, -7, 8, 0, -3])
ib = np.array([2, 3, -3, 5, 1])
for r in int_ops(ia, ib):
    print(r)
for r in int_ops(ia.astype(np.int32), ib.astype(np.int32)):
    print(r, r.dtype)
for r in float_div(a - 2.0):
    print(r)
for r in compare(a, b):
    print(r)
m = np.arange(12.0).reshape(3, 4)
print(broadcast(m, np.array([1.0, -1.0, 2.0, 0.5]), 3))
print(broadcast(m[:, 1:], np.arange(3.0), -1.5))
for r in ufuncs(np.array([-2.5, -0.0, 0.0, 0.25, 3.75, np.nan, -np.inf])):
    print(r)
for r in int_ufuncs(np.array([-4, 0, 5, -1])):
    print(r, r.dtype)
for r in chain(a, b):
    print(r)
print(inplace(np.arange(6.0)))
print(inplace(np.arange(6)))
try:
    bad_broadcast(np.arange(3.0), np.arange(4.0))
except ValueError as e:
    print("ValueError", str(e).splitlines()[0])
