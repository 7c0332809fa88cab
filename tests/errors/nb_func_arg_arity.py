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

# oracle: differs -- the .tb pins streak's whole TypingError; Numba's traceback runs
#   through its own sources (the exit status and the last line agree)
