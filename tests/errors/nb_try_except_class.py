# Numba 0.56 matches only `except Exception:` (and a bare except): naming
# another class is a TypingError at compile time.
from numba import njit


@njit
def f(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = 0
    return y


print(f(0))
