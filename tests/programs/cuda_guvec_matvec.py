# Two-dimensional cores with target='cuda': '(m,n),(n)->(m)' (a matrix-vector product per loop
# index), '(m,n)->(m)' and '(m,n),(n,p)->(m,p)' over stacks of matrices; core sizes bound by
# name across arguments.
# Numba 0.56's simulator cannot call @guvectorize(target='cuda') (numba.cuda.is_cuda_array is
# missing there), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.

import numpy as np
from numba import config, guvectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@guvectorize(['void(float64[:,:], float64[:], float64[:])'], '(m,n),(n)->(m)', target=TARGET)
def matvec(A, x, out):
    for i in range(A.shape[0]):
        s = 0.0
        for j in range(A.shape[1]):
            s += A[i, j] * x[j]
        out[i] = s


@guvectorize(['void(int64[:,:], int64[:])'], '(m,n)->(m)', target=TARGET)
def rowmax(A, out):
    for i in range(A.shape[0]):
        best = A[i, 0]
        for j in range(1, A.shape[1]):
            if A[i, j] > best:
                best = A[i, j]
        out[i] = best


@guvectorize(['void(float32[:,:], float32[:,:], float32[:,:])'], '(m,n),(n,p)->(m,p)', target=TARGET)
def matmul(A, B, out):
    for i in range(A.shape[0]):
        for k in range(B.shape[1]):
            s = np.float32(0)
            for j in range(A.shape[1]):
                s += A[i, j] * B[j, k]
            out[i, k] = s


A = np.arange(6.0).reshape(2, 3)
print(matvec(A, np.array([1.0, 0.0, -1.0])))
stack = np.arange(24.0).reshape(4, 2, 3)
xs = np.arange(12.0).reshape(4, 3) / 4
r = matvec(stack, xs)
print(r.shape)
print(r)
print(matvec(stack, np.ones(3)))
M = (np.arange(60) * 7919 % 101).reshape(3, 4, 5)
print(rowmax(M))
print(rowmax(M[0]))
P = np.arange(12, dtype=np.float32).reshape(2, 2, 3)
Q = np.arange(6, dtype=np.float32).reshape(3, 2)
r = matmul(P, Q)
print(r.dtype, r.shape)
print(r)
print(matmul(P, np.ascontiguousarray(P[0].T)))
