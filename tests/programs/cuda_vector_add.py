# The chapter's vector_add kernel, verbatim, with host <-> device transfers.
import numpy as np
from numba import cuda


@cuda.jit
def vector_add(a, b, out):
    idx = cuda.grid(1)
    if idx < out.size:
        out[idx] = a[idx] + b[idx]


N = 1000
a = np.arange(N, dtype=np.float32) * 0.5
b = np.arange(N, dtype=np.float32)[::-1].copy()
d_a = cuda.to_device(a)
d_b = cuda.to_device(b)
d_out = cuda.device_array_like(d_a)
threads_per_block = 256
blocks = (N + threads_per_block - 1) // threads_per_block
vector_add[blocks, threads_per_block](d_a, d_b, d_out)
out = d_out.copy_to_host()
print(blocks, out.dtype, out.shape)
print(out[:5], out[-5:])
print(np.array_equal(out, a + b))
