# outcmp: exact
# Shared-memory tree reduction (sum and max) with syncthreads, one partial per block.
import numpy as np
from numba import cuda, float64, int64

TPB = 64


@cuda.jit
def block_sum(x, partial):
    sm = cuda.shared.array(TPB, dtype=float64)
    tid = cuda.threadIdx.x
    i = cuda.grid(1)
    v = 0.0
    if i < x.size:
        v = x[i]
    sm[tid] = v
    cuda.syncthreads()
    s = TPB // 2
    while s > 0:
        if tid < s:
            sm[tid] += sm[tid + s]
        cuda.syncthreads()
        s //= 2
    if tid == 0:
        partial[cuda.blockIdx.x] = sm[0]


@cuda.jit
def block_max(x, partial):
    sm = cuda.shared.array(shape=(TPB,), dtype=int64)
    tid = cuda.threadIdx.x
    i = cuda.blockIdx.x * cuda.blockDim.x + tid
    sm[tid] = x[i] if i < x.size else -(2**62)
    cuda.syncthreads()
    s = cuda.blockDim.x // 2
    while s > 0:
        if tid < s:
            sm[tid] = max(sm[tid], sm[tid + s])
        cuda.syncthreads()
        s = s // 2
    if tid == 0:
        partial[cuda.blockIdx.x] = sm[0]


n = 1000
x = np.arange(n, dtype=np.float64) * 0.5
blocks = (n + TPB - 1) // TPB
partial = np.zeros(blocks)
block_sum[blocks, TPB](x, partial)
print(blocks, partial[:4], partial.sum(), x.sum())

xi = (np.arange(777) * 7919) % 1009
d_x = cuda.to_device(xi)
d_p = cuda.device_array(13, dtype=np.int64)
block_max[13, TPB](d_x, d_p)
p = d_p.copy_to_host()
print(p, p.max(), xi.max())
