# Two-phase block computation separated by syncthreads: neighbours read what others wrote.
import numpy as np
from numba import cuda, int32

B = 16


@cuda.jit
def rotate(a, out):
    sm = cuda.shared.array(B, dtype=int32)
    t = cuda.threadIdx.x
    base = cuda.blockIdx.x * B
    sm[t] = a[base + t] * 2
    cuda.syncthreads()
    out[base + t] = sm[(t + 1) % B] - sm[t]


a = (np.arange(48) ** 2 % 23).astype(np.int32)
out = np.zeros(48, dtype=np.int32)
rotate[3, B](a, out)
print(out)
