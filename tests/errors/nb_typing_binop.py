# A type failure in @njit code is a TypingError at the first call, placed
# at the statement (the caret under its first column, as Numba's).
from numba import njit


@njit
def add_label(x):
    total = x * 2
    label = "n="
    return label + total


print(add_label(3))
