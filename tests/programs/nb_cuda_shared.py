# outcmp: exact
import numpy as np
from numba import cuda, float64, int32

TPB = 16


@cuda.jit
def block_sum(a, out):
    sm = cuda.shared.array(TPB, dtype=float64)
    tx = cuda.threadIdx.x
    i = cuda.blockIdx.x * cuda.blockDim.x + tx
    if i < a.size:
        sm[tx] = a[i]
    else:
        sm[tx] = 0.0
    cuda.syncthreads()
    if tx == 0:
        s = 0.0
        for k in range(TPB):
            s += sm[k]
        out[cuda.blockIdx.x] = s


n = 100
a = np.arange(n, dtype=np.float64)
blocks = (n + TPB - 1) // TPB
out = np.zeros(blocks)
block_sum[blocks, TPB](a, out)
print(blocks, out, out.sum(), a.sum())
