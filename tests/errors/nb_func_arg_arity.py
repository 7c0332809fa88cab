# An @njit function passed as an argument and called with the wrong number
# of arguments: a TypingError at the call, naming the file and the line.
from numba import njit


@njit
def sq(x):
    return x * x


@njit
def apply_twice(f, x):
    return f(f(x), 1)


print(apply_twice(sq, 2.0))
