# Tuples sliced by constant slices in @njit give new tuples (Numba's
# static_getitem): steps, negative bounds, out-of-range bounds, empty
# results and heterogeneous items; a slice with a variable bound is a
# TypingError in Numba 0.56.
from numba import njit
from numba.core.errors import TypingError


@njit
def slices(t):
    return t[1:], t[:-1], t[::-1], t[::2], t[-2:], t[1:100], t[3:1:-1], t[-100:2], t[None:None:-2]


@njit
def empty(t):
    e = t[5:]
    return len(e), t[2:2], len(t[::-1])


@njit
def hetero(t):
    a, b = t[1:]
    return a + 1, b, t[:1] + t[2:]


@njit
def sliced_sum(t):
    s = 0
    for x in t[1:]:
        s += x
    return s


@njit
def var_slice(t, i):
    return t[i:]


print(slices((10, 20, 30, 40, 50)))
print(slices((1.5, 2.5)))
print(empty((1, 2, 3)))
print(hetero((1, 2, "z")))
print(sliced_sum((100, 1, 2, 3)))
try:
    print(var_slice((1, 2, 3), 1))
except TypingError:
    print("TypingError")
