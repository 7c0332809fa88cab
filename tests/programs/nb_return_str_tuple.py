# A str leaves @njit code, also inside a tuple.
from numba import njit


@njit
def f(x):
    return (x, "s", None)


print(f(1))
