# Naive matrix multiply with a 2-D grid, float64 and float32.
import numpy as np
from numba import cuda


@cuda.jit
def matmul(A, B, C):
    i, j = cuda.grid(2)
    if i < C.shape[0] and j < C.shape[1]:
        tmp = 0.0
        for k in range(A.shape[1]):
            tmp += A[i, k] * B[k, j]
        C[i, j] = tmp


A = np.arange(20.0).reshape(4, 5)
B = np.arange(15.0).reshape(5, 3) - 7.0
C = np.zeros((4, 3))
matmul[(1, 1), (4, 4)](A, B, C)
print(C)
print(np.array_equal(C, A @ B))
A32 = A.astype(np.float32)
B32 = B.astype(np.float32)
C32 = np.zeros((4, 3), dtype=np.float32)
matmul[(2, 2), (2, 2)](A32, B32, C32)
print(C32, np.array_equal(C32, A32 @ B32))
