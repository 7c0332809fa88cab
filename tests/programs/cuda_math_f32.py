# float32 arithmetic in kernels (the simulator rounds once at the store, a GPU per operation:
# values are printed to 5 decimals).
import math
import numpy as np
from numba import cuda, float32


@cuda.jit
def f32k(x, out):
    i = cuda.grid(1)
    if i < x.size:
        v = x[i]
        out[i] = math.sqrt(v) * float32(0.5) + math.sin(v) - v / float32(3.0)


x = np.linspace(0, 4, 11).astype(np.float32)
out = np.zeros(11, dtype=np.float32)
f32k[1, 16](x, out)
ref = (np.sqrt(x) * np.float32(0.5) + np.sin(x) - x / np.float32(3.0)).astype(np.float32)
print(out.dtype, np.allclose(out, ref, rtol=1e-6))
print(np.round(out[:4].astype(np.float64), 5))
