# int32 / uint8 / int16 arrays: stores wrap like NumPy casts, arithmetic promotes.
import numpy as np
from numba import cuda


@cuda.jit
def mix(a8, a16, a32, out):
    i = cuda.grid(1)
    if i < a8.size:
        out[i] = a8[i] + a16[i] * 2 + a32[i] * 3
        a8[i] = a8[i] + 200
        a16[i] = a16[i] * 1000


a8 = np.arange(6, dtype=np.uint8) * 20
a16 = np.arange(6, dtype=np.int16) * 30
a32 = np.arange(6, dtype=np.int32) - 3
out = np.zeros(6, dtype=np.int64)
mix[1, 8](a8, a16, a32, out)
print(out)
print(a8, a8.dtype)
print(a16, a16.dtype)
