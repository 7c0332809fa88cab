# outcmp: exact
import numpy as np
from numba import cuda


@cuda.jit
def add_2d(a, b, out):
    x, y = cuda.grid(2)
    if x < out.shape[0] and y < out.shape[1]:
        out[x, y] = a[x, y] * 10 + b[x, y]


@cuda.jit
def local_rev(a, out):
    i = cuda.grid(1)
    tmp = cuda.local.array(4, dtype=np.int64)
    if i < a.shape[0]:
        for k in range(4):
            tmp[k] = a[i, k]
        for k in range(4):
            out[i, k] = tmp[3 - k]


a = np.arange(12).reshape(3, 4)
b = np.ones((3, 4), dtype=np.int64)
out = np.zeros((3, 4), dtype=np.int64)
add_2d[(2, 2), (2, 2)](a, b, out)
print(out)
o2 = np.zeros_like(a)
local_rev[1, 8](a, o2)
print(o2)
d = cuda.to_device(a)
do = cuda.device_array((3, 4), dtype=np.int64)
add_2d[(1, 1), (4, 4)](d, d, do)
cuda.synchronize()
print(do.copy_to_host(), do.shape)
