# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def rotate(z, n):
    r = z
    for i in range(n):
        r = r * 1j
    return r

@njit
def cabs(z):
    return abs(z), z.real, z.imag, z.conjugate()

print(rotate(1 + 2j, 3), rotate(2.0, 2), cabs(3 + 4j))
