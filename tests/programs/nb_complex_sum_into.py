# Complex sums assigned to a local (the fields are written straight into
# it): the target among the operands, both orders, complex64 and complex128.
import numba
import numpy as np


@numba.njit
def f(n):
    z = 0.5 + 0.25j
    w = 1.0 - 2.0j
    c = np.complex64(1 + 1j)
    d = np.complex64(0.5 - 0.5j)
    for i in range(n):
        z = z + w
        w = z - w
        z = w - z
        w = w + w
        d = c + d
        c = d - c
    return z, w, c, d


@numba.njit
def mandel(c, n):
    z = 0j
    for i in range(n):
        z = z * z + c
        if abs(z) > 2.0:
            return i, z
    return n, z


print(f(5), f(0))
print(mandel(-0.75 + 0.1j, 100), mandel(0.3 + 0.5j, 100), mandel(-2.0 + 0j, 50))
