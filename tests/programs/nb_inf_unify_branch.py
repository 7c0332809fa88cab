# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def f(n):
    x = 0
    for i in range(n):
        if i % 2:
            x = x + 0.5
        else:
            x = x + 1
    return x

@njit
def g(flag):
    if flag:
        r = 1
    else:
        r = 2.5
    return r

print(f(5), g(True), g(False), type(g(True)).__name__)
