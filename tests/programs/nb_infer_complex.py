# outcmp: exact
from numba import njit
import numpy as np


@njit
def cplx(a, b):
    z = complex(a, b)
    w = z * z + 1j
    return w, w.real, w.imag, z.conjugate(), abs(3 + 4j)


@njit
def iterate(c, n):
    z = 0.0j
    for i in range(n):
        z = z * z + c
    return z


@njit
def csum(arr):
    s = 0j
    for v in arr:
        s += v
    return s


print(cplx(1.0, 2.0))
print(cplx(0.5, -0.5))
print(iterate(0.25 + 0.25j, 5), iterate(-1 + 0j, 4), iterate(0.1j, 3))
print(csum(np.array([1 + 1j, 2 - 3j, 0.5j])), csum(np.arange(4) * (1 + 2j)))
print(type(iterate(0j, 1)).__name__)
