# A griddim with four entries is rejected when the kernel is configured.
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = i


a = np.zeros(4)
k[1, 4](a)
print(a)
k[(1, 2, 3, 4), 4](a)
