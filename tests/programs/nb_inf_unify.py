# outcmp: exact
# Numba's unification: a variable assigned int and float is float64; the
# return type unifies every return; int/int true division is float64.
from numba import njit
import numpy as np


@njit
def grow(n):
    x = 0
    for i in range(n):
        if i % 2:
            x = x + 1
        else:
            x = x + 0.5
    return x


@njit
def pick(flag, a, b):
    if flag:
        return a
    return b


@njit
def ratio(a, b):
    return a / b, a // b, a % b, a ** 2, -a


print(grow(5), grow(0), type(grow(0)).__name__)
print(pick(True, 1, 2.5), pick(False, 1, 2.5), pick(True, 3, 4))
print(ratio(7, 2), ratio(-7, 2), ratio(7.5, -2))
print(sorted(str(s) for s in pick.signatures))
