# Hillis-Steele inclusive scan of one block in shared memory (double buffer).
import numpy as np
from numba import cuda, int64

N = 32


@cuda.jit
def scan(x, out):
    buf = cuda.shared.array((2, N), dtype=int64)
    t = cuda.threadIdx.x
    buf[0, t] = x[t]
    cuda.syncthreads()
    src = 0
    off = 1
    while off < N:
        if t >= off:
            buf[1 - src, t] = buf[src, t] + buf[src, t - off]
        else:
            buf[1 - src, t] = buf[src, t]
        cuda.syncthreads()
        src = 1 - src
        off *= 2
    out[t] = buf[src, t]


x = (np.arange(N) * 3 % 7).astype(np.int64)
out = np.zeros(N, dtype=np.int64)
scan[1, N](x, out)
print(out)
print(np.array_equal(out, np.cumsum(x)))
