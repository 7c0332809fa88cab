# Tuple unpacking and indexing by tuples in kernels (a[i, j] with computed tuples).
import numpy as np
from numba import cuda


@cuda.jit
def k(a, out):
    pos = cuda.grid(2)
    i, j = pos
    if i < a.shape[0] and j < a.shape[1]:
        t = (j, i)
        out[t] = a[pos] + pos[0] * 10


a = np.arange(12).reshape(3, 4)
out = np.zeros((4, 3), dtype=np.int64)
k[(1, 1), (4, 4)](a, out)
print(out)
