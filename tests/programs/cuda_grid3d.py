# outcmp: exact
# 3-D grids and blocks: cuda.grid(3), gridsize(3), threadIdx/blockIdx .z
import numpy as np
from numba import cuda


@cuda.jit
def fill3(a):
    x, y, z = cuda.grid(3)
    if x < a.shape[0] and y < a.shape[1] and z < a.shape[2]:
        a[x, y, z] = x * 100 + y * 10 + z


@cuda.jit
def ids(out):
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    tz = cuda.threadIdx.z
    bx = cuda.blockIdx.x
    by = cuda.blockIdx.y
    bz = cuda.blockIdx.z
    gx, gy, gz = cuda.gridsize(3)
    if tx == 0 and ty == 0 and tz == 0 and bx == 1 and by == 1 and bz == 1:
        out[0] = gx
        out[1] = gy
        out[2] = gz
        out[3] = cuda.blockDim.x * cuda.blockDim.y * cuda.blockDim.z
        out[4] = cuda.gridDim.x * cuda.gridDim.y * cuda.gridDim.z


a = np.zeros((5, 4, 3), dtype=np.int32)
fill3[(2, 2, 2), (4, 2, 2)](a)
print(a[4])
print(a.sum(), a[3, 2, 1])
o = np.zeros(5, dtype=np.int64)
ids[(2, 3, 2), (2, 2, 4)](o)
print(o)
