# cmath in a kernel: exp, log, sqrt, phase, isnan/isinf/isfinite on complex
# numbers built from the arguments, and a complex root of unity table.
import cmath
import math
import numpy as np
from numba import cuda


@cuda.jit
def cm(zs, ex, lg, sq, ph, flags):
    i = cuda.grid(1)
    if i < zs.size:
        z = zs[i]
        ex[i] = cmath.exp(z)
        lg[i] = cmath.log(z)
        sq[i] = cmath.sqrt(z)
        ph[i] = cmath.phase(z)
        flags[i] = cmath.isfinite(z) + 2 * cmath.isnan(z) + 4 * cmath.isinf(z)


@cuda.jit
def roots(n, out):
    k = cuda.grid(1)
    if k < n:
        out[k] = cmath.exp(complex(0.0, 2.0 * math.pi * k / n))


zs = np.array([1 + 1j, -2 + 0.5j, 3j, -4.0, 1e-320 + 1e-320j, 0.5 - 0.25j, 1e300 + 1e300j, -1 - 0j])
ex = np.zeros(zs.size, dtype=np.complex128)
lg = np.zeros(zs.size, dtype=np.complex128)
sq = np.zeros(zs.size, dtype=np.complex128)
ph = np.zeros(zs.size)
flags = np.zeros(zs.size, dtype=np.int64)
zs_small = zs.copy()
zs_small[6] = 2 + 2j  # exp(1e300) overflows: keep the table finite
cm[1, 8](zs_small, ex, lg, sq, ph, flags)
for k in range(zs.size):
    z = complex(zs_small[k])
    print(ex[k], lg[k], sq[k], ph[k], flags[k])
    print(abs(ex[k] - cmath.exp(z)) <= 1e-12 * abs(cmath.exp(z)), sq[k] == cmath.sqrt(z), abs(ph[k] - cmath.phase(z)) <= 8 * 2.0**-52 * abs(cmath.phase(z)))
out = np.zeros(8, dtype=np.complex128)
roots[1, 8](8, out)
print(np.round(out, 12))
print(abs(out.sum()) < 1e-12)
