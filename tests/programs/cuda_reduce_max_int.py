# Shared-memory max and min reductions over int32 data.
import numpy as np
from numba import cuda, int32

TPB = 32


@cuda.jit
def block_minmax(x, mx, mn):
    smax = cuda.shared.array(TPB, dtype=int32)
    smin = cuda.shared.array(TPB, dtype=int32)
    t = cuda.threadIdx.x
    i = cuda.grid(1)
    if i < x.size:
        smax[t] = x[i]
        smin[t] = x[i]
    else:
        smax[t] = -2147483647
        smin[t] = 2147483647
    cuda.syncthreads()
    s = TPB // 2
    while s > 0:
        if t < s:
            smax[t] = max(smax[t], smax[t + s])
            smin[t] = min(smin[t], smin[t + s])
        cuda.syncthreads()
        s >>= 1
    if t == 0:
        mx[cuda.blockIdx.x] = smax[0]
        mn[cuda.blockIdx.x] = smin[0]


x = ((np.arange(200) * 7919) % 1009 - 500).astype(np.int32)
nb = (x.size + TPB - 1) // TPB
mx = np.zeros(nb, dtype=np.int32)
mn = np.zeros(nb, dtype=np.int32)
block_minmax[nb, TPB](x, mx, mn)
print(mx)
print(mn)
print(mx.max() == x.max(), mn.min() == x.min())
