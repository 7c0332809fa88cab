# Kernel over the real and imaginary parts of a complex array (split into float arrays).
import numpy as np
from numba import cuda


@cuda.jit
def cmul(ar, ai, br, bi, cr, ci):
    i = cuda.grid(1)
    if i < ar.size:
        cr[i] = ar[i] * br[i] - ai[i] * bi[i]
        ci[i] = ar[i] * bi[i] + ai[i] * br[i]


a = np.array([1 + 2j, 3 - 1j, -2 + 0.5j, 0 + 1j])
b = np.array([2 - 1j, 1 + 1j, 4 + 0j, 1j])
cr = np.zeros(4)
ci = np.zeros(4)
cmul[1, 4](a.real.copy(), a.imag.copy(), b.real.copy(), b.imag.copy(), cr, ci)
c = cr + 1j * ci
print(c)
print(np.array_equal(c, a * b))
