# outcmp: exact
# Tiled matrix multiply with 2-D shared arrays (Numba's documentation example).
import numpy as np
from numba import cuda, float32

TPB = 8


@cuda.jit
def fast_matmul(A, B, C):
    sA = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    sB = cuda.shared.array(shape=(TPB, TPB), dtype=float32)
    x, y = cuda.grid(2)
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    bpg = cuda.gridDim.x
    tmp = float32(0.)
    for i in range(bpg):
        sA[tx, ty] = 0
        sB[tx, ty] = 0
        if x < A.shape[0] and (ty + i * TPB) < A.shape[1]:
            sA[tx, ty] = A[x, ty + i * TPB]
        if y < B.shape[1] and (tx + i * TPB) < B.shape[0]:
            sB[tx, ty] = B[tx + i * TPB, y]
        cuda.syncthreads()
        for j in range(TPB):
            tmp += sA[tx, j] * sB[j, ty]
        cuda.syncthreads()
    if x < C.shape[0] and y < C.shape[1]:
        C[x, y] = tmp


n = 20
A = (np.arange(n * n) % 7).reshape(n, n).astype(np.float32)
B = (np.arange(n * n) % 5).reshape(n, n).astype(np.float32)
C = np.zeros((n, n), dtype=np.float32)
bpg = (n + TPB - 1) // TPB
fast_matmul[(bpg, bpg), (TPB, TPB)](A, B, C)
print(C[:3, :6])
print(np.array_equal(C, A @ B), C.sum())
