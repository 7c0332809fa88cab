# int ** negative int in @njit: Numba's run-time rule (0 unless the base is
# 1 or -1) for variables, but 2 ** -1 written with literals is the float
# CPython folds it to before Numba compiles.
from numba import njit
import numpy as np
@njit
def a(x):
    return x ** -1, x ** -2, 2 ** -1, x ** 2, x ** 0
@njit
def b(x, y):
    return x ** y
print(a(2), a(1), a(-1))
print(a(np.int32(4)))
print(b(2, -1), b(2, 3), b(1, -2))
try:
    print(a(0))
except ZeroDivisionError as e:
    print("ZDE", e)
