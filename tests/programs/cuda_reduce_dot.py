# Dot product: per-thread products, shared reduction, atomic add of block sums.
import numpy as np
from numba import cuda, float32

TPB = 128


@cuda.jit
def dot(a, b, out):
    cache = cuda.shared.array(TPB, dtype=float32)
    t = cuda.threadIdx.x
    i = cuda.grid(1)
    acc = float32(0.0)
    while i < a.size:
        acc += a[i] * b[i]
        i += cuda.gridsize(1)
    cache[t] = acc
    cuda.syncthreads()
    k = TPB // 2
    while k != 0:
        if t < k:
            cache[t] += cache[t + k]
        cuda.syncthreads()
        k //= 2
    if t == 0:
        cuda.atomic.add(out, 0, cache[0])


a = (np.arange(2000) % 5).astype(np.float32)
b = (np.arange(2000) % 3).astype(np.float32)
out = np.zeros(1, dtype=np.float32)
dot[4, TPB](a, b, out)
print(out[0], float(np.dot(a, b)))
