# Builtin min/max in @njit: Numba unifies Number arguments and bool is not a
# Number, so max(True, 2) or min((1, True)) is a TypingError; a tuple of bools
# alone goes through the iterable min/max and works.
from numba import njit
import numpy as np
def t(fn, *a):
    try:
        print(fn(*a))
    except Exception as e:
        print(type(e).__name__, a)
@njit
def m1(a, b): return max(a, b)
@njit
def m2(a, b): return min((a, b))
@njit
def m3(a, b, c): return max(a, b, c)
t(m1, True, False)
t(m1, True, 2)
t(m1, 2.5, True)
t(m2, True, False)
t(m2, 1, True)
t(m2, 1, 2.5)
t(m3, 1, 2, True)
t(m3, 1, np.uint8(2), 3.5)
t(m2, np.int8(3), np.uint8(4))
t(m3, np.float32(1.5), 2, np.int16(-3))
