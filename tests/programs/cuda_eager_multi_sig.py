# Eager signatures as a string, a Signature and an argument-type tuple (the simulator takes one each),
# with arguments converted to the declared types.
import numpy as np
from numba import cuda, float32, float64, int32, void


@cuda.jit(void(float32[:], float32))
def axpy_inplace(a, f):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = a[i] * f + 1


@cuda.jit('void(int32[:,:], int32)')
def fill2(a, v):
    i, j = cuda.grid(2)
    if i < a.shape[0] and j < a.shape[1]:
        a[i, j] = v + i - j


a32 = np.arange(5, dtype=np.float32)
axpy_inplace[1, 8](a32, 2.0)
print(a32, a32.dtype)


@cuda.jit((float64[:], int32))
def axpy64(a, f):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = a[i] * f + 0.5


a64 = np.arange(5, dtype=np.float64)
axpy64[1, 8](a64, 3)
print(a64, a64.dtype)
m = np.zeros((3, 3), dtype=np.int32)
fill2[(1, 1), (4, 4)](m, 10)
print(m)
