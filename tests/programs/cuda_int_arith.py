# Integer arithmetic with Python semantics: floor division, modulo of negatives, shifts, bit ops.
import numpy as np
from numba import cuda


@cuda.jit
def ints(a, b, out):
    i = cuda.grid(1)
    if i < a.size:
        x = a[i]
        y = b[i]
        out[i, 0] = x // y
        out[i, 1] = x % y
        out[i, 2] = (x << 2) >> 1
        out[i, 3] = x & y
        out[i, 4] = x | y
        out[i, 5] = x ^ y
        out[i, 6] = -x
        out[i, 7] = abs(x) ** 2


a = np.array([7, -7, 7, -7, 0, 13, -100], dtype=np.int64)
b = np.array([2, 2, -2, -2, 5, 4, 7], dtype=np.int64)
out = np.zeros((7, 8), dtype=np.int64)
ints[1, 8](a, b, out)
print(out)
