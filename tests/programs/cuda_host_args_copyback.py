# Host arrays passed to kernels are copied in and back (C-contiguous ones; views of whole rows).
import numpy as np
from numba import cuda


@cuda.jit
def double(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] *= 2


@cuda.jit
def neg2d(a):
    i, j = cuda.grid(2)
    if i < a.shape[0] and j < a.shape[1]:
        a[i, j] = -a[i, j]


x = np.arange(10)
double[1, 16](x)
print(x)
y = np.arange(20.0)
double[1, 16](y[4:12])
print(y)
z = np.arange(12).reshape(3, 4)
neg2d[(1, 1), (4, 4)](z[1:])
print(z)
