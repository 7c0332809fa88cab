# outcmp: exact
# Kernel argument types: int8..uint64 and float32 arrays, Python and NumPy scalars, negative indices.
import numpy as np
from numba import cuda


@cuda.jit
def combine(a, b, c, k, out):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = a[i] + b[i] * k - c[-1 - i]


for dt in (np.int8, np.int16, np.int32, np.uint8, np.uint16, np.uint32, np.int64, np.float32, np.float64):
    a = np.arange(6).astype(dt)
    b = (np.arange(6) % 3).astype(dt)
    c = np.arange(6).astype(dt)
    out = np.zeros(6, dtype=np.float64)
    combine[1, 8](a, b, c, 2, out)
    print(np.dtype(dt).name, out)
out = np.zeros(6)
combine[1, 8](np.arange(6.0), np.ones(6), np.zeros(6), np.float32(0.5), out)
print(out)
combine[1, 8](np.arange(6.0), np.ones(6), np.zeros(6), True, out)
print(out)
