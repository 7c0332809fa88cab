# The four-item launch form [griddim, blockdim, stream, sharedmem] and stream.synchronize().
import numpy as np
from numba import cuda, float32


@cuda.jit
def scale(a, f):
    i = cuda.grid(1)
    if i < a.size:
        a[i] *= f


@cuda.jit
def rev_dyn(a):
    sm = cuda.shared.array(0, dtype=float32)
    t = cuda.threadIdx.x
    sm[t] = a[t]
    cuda.syncthreads()
    a[t] = sm[cuda.blockDim.x - 1 - t]


s = cuda.stream()
d = cuda.to_device(np.arange(8, dtype=np.float32), stream=s)
scale[1, 8, s](d, np.float32(3.0))
scale[1, 8, s, 0](d, np.float32(0.5))
s.synchronize()
print(d.copy_to_host(stream=s))
rev_dyn[1, 8, s, 8 * 4](d)
cuda.synchronize()
print(d.copy_to_host())
e = cuda.device_array(16, dtype=np.float32, stream=s)
e.copy_to_device(np.arange(16, dtype=np.float32), stream=s)
rev_dyn[1, 16, 0, 64](e)
print(e.copy_to_host())
