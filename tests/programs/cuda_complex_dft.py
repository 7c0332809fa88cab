# A naive DFT: each thread computes one output bin, summing complex products
# with twiddles built from math.cos/math.sin; a local complex scratch array.
import math
import numpy as np
from numba import cuda


@cuda.jit
def dft(x, out):
    k = cuda.grid(1)
    n = x.size
    if k < n:
        acc = 0j
        parts = cuda.local.array(2, np.complex128)
        parts[0] = 0j
        parts[1] = 0j
        for t in range(n):
            ang = -2.0 * math.pi * k * t / n
            w = complex(math.cos(ang), math.sin(ang))
            parts[t % 2] += x[t] * w
        acc = parts[0] + parts[1]
        out[k] = acc


x = np.array([1.0, 2.0, 0.5, -1.0, 3.0, 0.0, -2.0, 1.5]) + 1j * np.array([0.0, 1.0, -1.0, 0.5, 0.0, 2.0, 0.25, -0.5])
out = np.zeros(8, dtype=np.complex128)
dft[1, 8](x, out)
kk = np.arange(8)
ref = np.exp(-2j * np.pi * np.outer(kk, kk) / 8) @ x
print(np.round(out, 6))
print(np.allclose(out, ref))
print(np.round(abs(out), 6))
