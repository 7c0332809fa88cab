# @njit(error_model='numpy'): float division and floor division / modulo
# by zero give NumPy's inf/nan (ints 0) instead of raising; 'python' (the
# default) raises; complex division by zero raises under both; another
# model name is Numba's KeyError
from numba import njit


@njit(error_model='numpy')
def f(a, b):
    return a / b, a // b, a % b


print(f(1.0, 0.0), f(-1.0, 0.0), f(0.0, 0.0))


@njit(error_model='numpy')
def g(a, b):
    return a // b, a % b


print(g(7, 0))


@njit(error_model='python')
def h(a, b):
    return a / b


try:
    h(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


@njit(error_model='numpy')
def c(z):
    return z / 0j


try:
    print(c(1 + 1j))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    @njit(error_model='bogus')
    def bad(a):
        return a
    print(bad(1))
except KeyError as e:
    print("KeyError", e)
