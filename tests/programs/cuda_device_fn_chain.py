# Device functions calling device functions, returning tuples and taking arrays.
import math
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def sq(x):
    return x * x


@cuda.jit(device=True)
def norm2(x, y):
    return math.sqrt(sq(x) + sq(y))


@cuda.jit(device=True)
def polar(x, y):
    return norm2(x, y), math.atan2(y, x)


@cuda.jit(device=True)
def row_sum(a, i):
    s = 0.0
    for j in range(a.shape[1]):
        s += a[i, j]
    return s


@cuda.jit
def k(xs, ys, r, th, m, rs):
    i = cuda.grid(1)
    if i < xs.size:
        r[i], th[i] = polar(xs[i], ys[i])
    if i < m.shape[0]:
        rs[i] = row_sum(m, i)


xs = np.array([1.0, 0.0, -2.0, 3.0, -1.5])
ys = np.array([0.0, 2.0, 2.0, -4.0, -1.5])
r = np.zeros(5)
th = np.zeros(5)
m = np.arange(12.0).reshape(4, 3)
rs = np.zeros(4)
k[1, 8](xs, ys, r, th, m, rs)
print(r)
print(th)
print(rs)
