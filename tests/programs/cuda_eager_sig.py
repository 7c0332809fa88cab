# outcmp: exact
# Eager kernel signatures (strings and numba types).
import numpy as np
from numba import cuda, void, float32, int64


@cuda.jit('void(float32[:], float32[:], float32)')
def axpy(x, y, a):
    i = cuda.grid(1)
    if i < x.size:
        y[i] += a * x[i]


@cuda.jit(void(int64[:, :], int64))
def addk(m, k):
    i, j = cuda.grid(2)
    if i < m.shape[0] and j < m.shape[1]:
        m[i, j] += k


x = np.arange(8, dtype=np.float32)
y = np.ones(8, dtype=np.float32)
axpy[1, 8](x, y, 2.0)
print(y)
m = np.arange(6).reshape(2, 3)
addk[(1, 1), (4, 4)](m, 10)
print(m)
axpy[1, 8](x, y, np.float32(0.5))
print(y, y.dtype)
