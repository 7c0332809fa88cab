# int ** int in @njit as Numba computes it: the wrapped 64-bit product
# passed through a double (12345 ** 4 is 23225462820950624), constant
# exponents included; 0 ** -n raises ZeroDivisionError, 1 and -1 to a
# negative power are 1 and -1 ** n, other bases give 0.
import numpy as np
from numba import njit


@njit
def pw(a, b):
    return a ** b


@njit
def parts(a, b):
    return a ** b + 1, (a ** b) % 7, a ** b


@njit
def consts(a):
    return a ** 2, a ** 3, a * a, a ** 39


@njit
def arrays(a, b):
    return a ** b, np.power(a, b), a ** 4


print(parts(12345, 4), consts(3037000500), consts(12345678901), consts(3))
print(parts(1, -3), parts(-1, -3), parts(-1, -4), parts(2, -2))
print(pw(np.uint64(12345), np.uint64(4)), pw(np.uint64(99), np.uint64(10)), pw(np.int32(12345), np.int32(4)))
print(pw(True, 3), pw(3, True))
try:
    print(pw(0, -1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
rng = np.random.RandomState(3)
out = []
for _ in range(200):
    a, b = int(rng.randint(-50, 50)), int(rng.randint(0, 45))
    out.append(pw(a, b))
print(sum(out) % 1000003, out[:8])
x = np.array([12345, 99, 3037000500])
print(arrays(x, 4))
print(arrays(x.astype(np.uint64), np.uint64(4))[:2])
