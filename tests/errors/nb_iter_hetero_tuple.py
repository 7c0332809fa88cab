# Numba cannot iterate over a heterogeneous tuple (only a UniTuple): a
# TypingError naming the tuple's type, not a loop over unified items.
from numba import njit


@njit
def total(t):
    s = 0.0
    for x in t:
        s += x
    return s


print(total((1, 2.5)))
