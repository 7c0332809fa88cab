# np.arange inside @njit: the result dtype is int64 for signed integer
# bounds, float64 once a bound is a float; Numba 0.56 cannot type unsigned
# integer or bool bounds without a dtype argument (its max() over integer
# types only orders one signedness), and a zero step raises ValueError.
from numba import njit
from numba.core.errors import TypingError
import numpy as np


@njit
def ar1(n):
    return np.arange(n)


@njit
def ar2(a, n):
    return np.arange(a, n)


@njit
def ar3(a, n, s):
    return np.arange(a, n, s)


@njit
def ar_dtype(n):
    return np.arange(n, dtype=np.float32)


def show(fn, *args):
    try:
        r = fn(*args)
        print(r, r.dtype)
    except TypingError:
        print("TypingError", [type(a).__name__ for a in args])
    except ValueError as e:
        print("ValueError", e)


for args in [(4,), (2.5,), (np.int32(3),), (np.int8(2),), (np.uint8(3),),
             (np.uint64(3),), (np.float32(3),), (True,)]:
    show(ar1, *args)
for args in [(np.int32(1), np.int32(3)), (np.int16(1), 3), (np.uint8(1), np.uint8(3)),
             (np.uint64(1), 5), (np.float32(1), 3), (1, 3.5), (np.uint32(1), 3.5)]:
    show(ar2, *args)
for args in [(np.int32(1), np.int32(9), np.int32(3)), (np.uint32(1), np.int32(9), np.int16(2)),
             (0, 1, np.float32(0.25)), (10, 0, -3), (5, 0, 0), (0.0, 1.0, 0.0)]:
    show(ar3, *args)
show(ar_dtype, np.uint8(4))
show(ar_dtype, 3)
