# A 2-D cuda.local.array (int32) used as a small per-thread matrix.
import numpy as np
from numba import cuda, int32


@cuda.jit
def trace_of_square(seed, out):
    i = cuda.grid(1)
    if i < out.size:
        m = cuda.local.array((3, 3), dtype=int32)
        for r in range(3):
            for c in range(3):
                m[r, c] = (seed[i] + r * 3 + c) % 7
        t = 0
        for r in range(3):
            for k in range(3):
                t += m[r, k] * m[k, r]
        out[i] = t


seed = np.arange(10, dtype=np.int32)
out = np.zeros(10, dtype=np.int64)
trace_of_square[1, 10](seed, out)
print(out)
