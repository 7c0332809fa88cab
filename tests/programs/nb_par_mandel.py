# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit
def escape(c, maxit):
    z = 0j
    for k in range(maxit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return k
    return maxit

@njit(parallel=True)
def mandel(w, h, maxit):
    out = np.zeros((h, w), dtype=np.int64)
    for y in prange(h):
        for x in range(w):
            c = complex(-2.0 + 3.0 * x / w, -1.5 + 3.0 * y / h)
            out[y, x] = escape(c, maxit)
    return out

m = mandel(120, 80, 50)
print(m.sum(), m[40, :10], m.max())
