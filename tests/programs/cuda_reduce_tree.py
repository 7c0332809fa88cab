# Shared-memory tree reduction per block, then a second pass on the partial sums.
import numpy as np
from numba import cuda, float64

TPB = 64


@cuda.jit
def block_sum(x, partial):
    sm = cuda.shared.array(TPB, dtype=float64)
    t = cuda.threadIdx.x
    i = cuda.grid(1)
    sm[t] = x[i] if i < x.size else 0.0
    cuda.syncthreads()
    s = TPB // 2
    while s > 0:
        if t < s:
            sm[t] += sm[t + s]
        cuda.syncthreads()
        s //= 2
    if t == 0:
        partial[cuda.blockIdx.x] = sm[0]


x = np.arange(1000, dtype=np.float64) * 0.5
nb = (x.size + TPB - 1) // TPB
partial = np.zeros(nb)
block_sum[nb, TPB](x, partial)
print(partial[:4])
total = np.zeros(1)
block_sum[1, TPB](partial, total)
print(total[0], x.sum())
