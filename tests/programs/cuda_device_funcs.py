# outcmp: exact
# Device functions: nested calls, several return types, array arguments, tuple results.
import math
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@cuda.jit(device=True)
def sq(v):
    return v * v


@cuda.jit(device=True)
def norm2(x, y):
    return math.sqrt(sq(x) + sq(y))


@cuda.jit(device=True)
def row_sum(a, i):
    s = 0
    for j in range(a.shape[1]):
        s += a[i, j]
    return s


@cuda.jit(device=True)
def divmod_pair(a, b):
    return a // b, a % b


@cuda.jit
def kernel(xs, ys, out, m, rs, q, r):
    i = cuda.grid(1)
    if i < xs.size:
        out[i] = clamp(norm2(xs[i], ys[i]), 1.0, 6.0)
    if i < m.shape[0]:
        rs[i] = row_sum(m, i)
    if i < q.size:
        a, b = divmod_pair(i * 7 - 20, 3)
        q[i] = a
        r[i] = b


xs = np.arange(10, dtype=np.float64)
ys = np.arange(10, dtype=np.float64) * 0.5
out = np.zeros(10)
m = np.arange(12).reshape(4, 3)
rs = np.zeros(4, dtype=np.int64)
q = np.zeros(10, dtype=np.int64)
r = np.zeros(10, dtype=np.int64)
kernel[1, 16](xs, ys, out, m, rs, q, r)
print(out)
print(rs)
print(q)
print(r)
print(sq(3), clamp(7, 0, 5))
