# device_array / device_array_like: shapes, dtypes, filled by kernels, copied into given arrays.
import numpy as np
from numba import cuda


@cuda.jit
def iota(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = i


d = cuda.device_array(10, dtype=np.int32)
iota[1, 16](d)
print(d.shape, d.dtype, d.size, d.ndim)
print(d.copy_to_host())
d2 = cuda.device_array((2, 3), np.float32)
print(d2.shape, d2.dtype, d2.size, len(d2))
l = cuda.device_array_like(d)
iota[2, 8](l)
buf = np.full(10, -1, dtype=np.int32)
r = l.copy_to_host(buf)
print(buf, r is buf)
h = np.zeros((4, 2), dtype=np.int64)
dl = cuda.device_array_like(h)
print(dl.shape, dl.dtype, dl.strides)
dv = dl.reshape(8)
iota[1, 8](dv)
print(dl.copy_to_host())
