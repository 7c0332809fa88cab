# outcmp: exact
from numba import njit
import numpy as np


@njit
def build(n):
    a = np.zeros((2, 3), dtype=np.int32)
    b = np.ones((n, 2), np.float64)
    c = np.empty(n, dtype=np.int64)
    for i in range(n):
        c[i] = i * i
    d = np.full((2, 2), 7.5)
    e = np.arange(2, 11, 3)
    f = np.arange(0.5, 2.0, 0.25)
    g = np.zeros_like(b)
    return a, b.sum(), c, d, e, f, g.shape


@njit
def views(m):
    top = m[0]
    col = m[:, 1]
    inner = m[1:, 1:3]
    rev = m[::-1, ::2]
    inner[:] = -1
    return top.sum(), col.copy(), inner.shape, rev, m[-1, -1], m[1][2]


@njit
def astype_ops(a):
    i = a.astype(np.int64)
    f = (i * 2).astype(np.float32)
    return i, f, a.astype(np.bool_)


@njit
def fancy(a, idx):
    b = a[idx]
    a[a > 5] = 0
    a[np.array([0, 1])] = np.array([10, 20])
    keep = a[(a % 2 == 0) & (a != 0)]
    return b, a, keep


@njit
def reductions(m):
    return m.sum(axis=0), m.sum(axis=1), np.sum(m, axis=0), m.prod(), np.cumsum(m), m.cumprod(), m.argmax(), np.argmin(m)


@njit
def reshape_more(n):
    a = np.arange(n * 2)
    b = a.reshape(2, n)
    c = a.reshape((-1, 2))
    d = b.T.copy().ravel()
    return b, c.shape, d, b.transpose().shape, np.reshape(a, (n, 2))[1], b.flatten()


print(build(3))
m = np.arange(20.0).reshape(4, 5)
print(views(m))
print(m)
print(astype_ops(np.array([1.7, -2.2, 0.0, 3.9])))
print(fancy(np.arange(8), np.array([7, 0, -1, 3])))
r = reductions(np.arange(1, 7).reshape(2, 3))
for x in r:
    print(x)
print(reductions(np.array([[1.5, -2.0], [0.25, 4.0]])))
print(reshape_more(3))
