# A non-contiguous host array cannot be transferred to the device as one region.
import numpy as np
from numba import cuda


@cuda.jit
def double(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] *= 2


y = np.arange(20.0)
double[1, 16](y[4:12])
print(y)
double[1, 16](y[::2])
