# blockdim as a list with a non-integer entry.
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    x, y = cuda.grid(2)
    if x < a.shape[0] and y < a.shape[1]:
        a[x, y] = 1


a = np.zeros((4, 4))
k[(1, 1), [4, 4]](a)
print(a.sum())
k[(1, 1), [4, "4"]](a)
