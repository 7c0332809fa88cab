# A str cannot leave @njit code, not even inside a tuple (it used to come
# back as False): a TypingError at compile time.
from numba import njit


@njit
def f(x):
    return (x, "s", None)


print(f(1))
