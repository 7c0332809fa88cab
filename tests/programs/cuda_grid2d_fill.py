# 2-D grid: cuda.grid(2), gridsize(2), threadIdx/blockIdx .x/.y, and boundary checks.
import numpy as np
from numba import cuda


@cuda.jit
def fill(a):
    x, y = cuda.grid(2)
    if x < a.shape[0] and y < a.shape[1]:
        a[x, y] = x * 100 + y


@cuda.jit
def ids(tx, bx):
    x, y = cuda.grid(2)
    if x < tx.shape[0] and y < tx.shape[1]:
        tx[x, y] = cuda.threadIdx.x * 10 + cuda.threadIdx.y
        bx[x, y] = cuda.blockIdx.x * 10 + cuda.blockIdx.y


@cuda.jit
def stride2d(a):
    x0, y0 = cuda.grid(2)
    sx, sy = cuda.gridsize(2)
    for x in range(x0, a.shape[0], sx):
        for y in range(y0, a.shape[1], sy):
            a[x, y] += 1


a = np.zeros((5, 7), dtype=np.int64)
fill[(2, 2), (4, 4)](a)
print(a)
tx = np.zeros((6, 6), dtype=np.int32)
bx = np.zeros((6, 6), dtype=np.int32)
ids[(2, 3), (3, 2)](tx, bx)
print(tx)
print(bx)
c = np.zeros((9, 11), dtype=np.int32)
stride2d[(2, 2), (2, 3)](c)
print(c.min(), c.max(), c.sum())
