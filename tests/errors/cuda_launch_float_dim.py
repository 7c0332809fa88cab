# A float block count is a TypeError naming the dimension list.
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = i


a = np.zeros(8)
n = a.size / 4
k[n, 4](a)
