# 3-D grid: cuda.grid(3), blockDim/gridDim .z, and a 3-D array update.
import numpy as np
from numba import cuda


@cuda.jit
def idx3(a):
    x, y, z = cuda.grid(3)
    if x < a.shape[0] and y < a.shape[1] and z < a.shape[2]:
        a[x, y, z] = x * 100 + y * 10 + z


@cuda.jit
def dims(out):
    if cuda.grid(1) == 0 and cuda.threadIdx.y == 0 and cuda.threadIdx.z == 0:
        out[0] = cuda.blockDim.x
        out[1] = cuda.blockDim.y
        out[2] = cuda.blockDim.z
        out[3] = cuda.gridDim.x
        out[4] = cuda.gridDim.y
        out[5] = cuda.gridDim.z
    sx, sy, sz = cuda.gridsize(3)
    out[6] = sx * sy * sz


a = np.zeros((3, 4, 5), dtype=np.int32)
idx3[(2, 2, 3), (2, 2, 2)](a)
print(a[2])
print(a.sum())
out = np.zeros(7, dtype=np.int64)
dims[(1, 2, 3), (2, 2, 1)](out)
print(out)
