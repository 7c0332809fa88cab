# outcmp: exact
# Dynamic shared memory: kernel[blocks, threads, stream, shared_bytes] with shared.array(0).
import numpy as np
from numba import cuda, float32


@cuda.jit
def reverse_block(x, out):
    sm = cuda.shared.array(0, dtype=float32)
    t = cuda.threadIdx.x
    n = cuda.blockDim.x
    base = cuda.blockIdx.x * n
    sm[t] = x[base + t]
    cuda.syncthreads()
    out[base + t] = sm[n - 1 - t]


x = np.arange(64, dtype=np.float32)
out = np.zeros_like(x)
stream = cuda.stream()
reverse_block[4, 16, stream, 16 * 4](x, out)
stream.synchronize()
print(out[:16])
print(out[48:])
