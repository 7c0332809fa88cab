# Calling a kernel without [griddim, blockdim].
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    a[0] = 1


a = np.zeros(3)
k(a)
