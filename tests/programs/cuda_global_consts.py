# Module-level constants and NumPy dtype globals frozen into kernels.
import numpy as np
from numba import cuda

SCALE = 2.5
OFFSET = 3
N = 10


@cuda.jit
def k(out):
    i = cuda.grid(1)
    if i < N:
        out[i] = i * SCALE + OFFSET


out = np.zeros(N)
k[1, 16](out)
print(out)
