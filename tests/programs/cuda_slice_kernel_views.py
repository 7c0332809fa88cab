# Kernels launched on device-array slices (strided and offset views).
import numpy as np
from numba import cuda


@cuda.jit
def add1(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] += 1


@cuda.jit
def add_rows(a, v):
    i, j = cuda.grid(2)
    if i < a.shape[0] and j < a.shape[1]:
        a[i, j] += v


d = cuda.to_device(np.zeros(12, dtype=np.int32))
add1[1, 16](d[3:9])
add1[1, 16](d[::4])
add1[1, 16](d[-2:])
print(d.copy_to_host())
m = cuda.to_device(np.zeros((4, 6)))
add_rows[(2, 2), (4, 4)](m[1:3, 2:], 5.0)
add_rows[(2, 2), (4, 4)](m[:, ::2], 0.5)
print(m.copy_to_host())
