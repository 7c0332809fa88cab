# cuda.gridsize(1/2/3) equals gridDim*blockDim; every thread records its global id once.
import numpy as np
from numba import cuda


@cuda.jit
def k1(out, gs):
    i = cuda.grid(1)
    out[i] = i
    if i == 0:
        gs[0] = cuda.gridsize(1)


@cuda.jit
def k2(gs):
    x, y = cuda.grid(2)
    if x == 0 and y == 0:
        a, b = cuda.gridsize(2)
        gs[0] = a
        gs[1] = b


out = np.zeros(60, dtype=np.int32)
gs = np.zeros(2, dtype=np.int64)
k1[5, 12](out, gs)
print(np.array_equal(out, np.arange(60)), gs[0])
k2[(3, 2), (4, 5)](gs)
print(gs)
