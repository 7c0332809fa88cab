# cmath calls that Numba 0.56 has no signature for are TypingErrors here
# too: polar() of a real number, rect() of complex numbers.
import cmath
from numba import njit, TypingError


@njit
def polar_real(x):
    return cmath.polar(x)


@njit
def rect_complex(z):
    return cmath.rect(z, 1.0)


for f, arg in ((polar_real, 2.0), (rect_complex, 1j)):
    try:
        print(f(arg))
    except TypingError:
        print("TypingError")
