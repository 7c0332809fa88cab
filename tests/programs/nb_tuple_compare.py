# Tuple comparisons in @njit (Numba's tupleobj.py): == and != item by item
# (False for different lengths), <, <=, >, >= decided by the first items
# that differ, else by the lengths (NaN items differ and compare False);
# x in t compares x with each item of a UniTuple.
from numba import njit
from numba.core.errors import TypingError
import numpy as np


@njit
def cmp(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


@njit
def contains(x, t):
    return x in t, x not in t


@njit
def chained(i):
    t = (i, 2)
    return (0, 0) < t <= (5, 2), t == (i, 2.0), (t, 1) < ((i, 3), 0)


nan = float("nan")
for a, b in [((1, 2), (1, 3)), ((1, 2.5), (1, 2.5)), ((1, 2, 3), (1, 2)), ((1, 2), (1, 2, 3)), ((), ()),
             ((nan, 1), (nan, 1)), ((1, nan), (1, 2)), ((2, "a"), (2, "b")), (("ab", 1), ("a", 9)),
             ((1, (2, 3)), (1, (2, 4))), ((True, 1), (1, 1.0)), ((1 + 2j, 3), (1 + 2j, 3)),
             ((np.int8(-1), np.uint64(1)), (-1, 1)), ((np.float32(0.1), 1), (0.1, 1))]:
    try:
        print(a, b, cmp(a, b))
    except TypingError:
        print(a, b, "TypingError")
print(contains(2, (1, 2, 3)), contains(2.0, (1, 2, 3)), contains(4, (1.0, 2.5)), contains(nan, (nan,)), contains("b", ("a", "b")))
try:
    print(contains(4, (1, 2.5)))
except TypingError:
    print("TypingError")
print(chained(1), chained(7))
