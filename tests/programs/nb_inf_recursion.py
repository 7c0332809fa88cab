# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@njit('int64(int64)')
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fib(20), fact(15), fib.signatures)
