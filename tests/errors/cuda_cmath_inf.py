# cmath on an infinite complex number in a kernel: streak has not ported
# CPython's special-value tables, so it raises instead of guessing.
import cmath
import numpy as np
from numba import cuda


@cuda.jit
def k(z, out):
    i = cuda.grid(1)
    if i < z.size:
        out[i] = cmath.sqrt(z[i])


z = np.array([4 + 0j, complex(float("inf"), 1.0)])
out = np.zeros(2, dtype=np.complex128)
k[1, 2](z, out)
print(out)
# oracle: differs -- the simulator runs CPython's cmath; streak's kernels
#   raise rather than guess its special values
