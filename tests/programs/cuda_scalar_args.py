# Scalar kernel arguments of several types: Python int/float/bool and NumPy scalars.
import numpy as np
from numba import cuda


@cuda.jit
def k(out, a, b, c, d, e):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = a * i + b + (1.0 if c else -1.0) + d + e


out = np.zeros(4)
k[1, 4](out, 2, 0.5, True, np.int32(7), np.float32(0.25))
print(out)
k[1, 4](out, np.int64(-1), 3, False, np.uint8(1), 1e-3)
print(out)
