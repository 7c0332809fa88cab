# Tiled transpose through shared memory (2-D shared array).
import numpy as np
from numba import cuda, float32

T = 4


@cuda.jit
def transpose(a, b):
    tile = cuda.shared.array((T, T), dtype=float32)
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    x = cuda.blockIdx.x * T + tx
    y = cuda.blockIdx.y * T + ty
    if y < a.shape[0] and x < a.shape[1]:
        tile[ty, tx] = a[y, x]
    cuda.syncthreads()
    x2 = cuda.blockIdx.y * T + tx
    y2 = cuda.blockIdx.x * T + ty
    if y2 < b.shape[0] and x2 < b.shape[1]:
        b[y2, x2] = tile[tx, ty]


a = np.arange(70, dtype=np.float32).reshape(7, 10)
b = np.zeros((10, 7), dtype=np.float32)
transpose[(3, 2), (T, T)](a, b)
print(b[:3])
print(np.array_equal(b, a.T))
