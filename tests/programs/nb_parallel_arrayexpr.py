# outcmp: exact
import numpy as np
from numba import njit


def make(n):
    a = np.arange(n, dtype=np.float64) * 0.001 - 7.0
    b = np.cos(np.arange(n, dtype=np.float64))
    return a, b


@njit(parallel=True)
def hyp_par(a, b):
    return np.sqrt(a * a + b * b)


@njit
def hyp_ser(a, b):
    return np.sqrt(a * a + b * b)


@njit(parallel=True)
def mixed_par(a, b, s):
    c = (a - b) / s + 1.5
    m = c > 0
    c[m] = c[m] * 2.0
    c += np.abs(b)
    return c, m.sum()


@njit
def mixed_ser(a, b, s):
    c = (a - b) / s + 1.5
    m = c > 0
    c[m] = c[m] * 2.0
    c += np.abs(b)
    return c, m.sum()


@njit(parallel=True)
def grid_par(x, y):
    return x * 2.0 - y.reshape((y.shape[0], 1)) // 3


@njit
def grid_ser(x, y):
    return x * 2.0 - y.reshape((y.shape[0], 1)) // 3


for n in (7, 50000, 123457):
    a, b = make(n)
    p, s = hyp_par(a, b), hyp_ser(a, b)
    print(n, p.shape, np.array_equal(p, s), p[:3], p[-1])
    (c1, k1), (c2, k2) = mixed_par(a, b, 3.0), mixed_ser(a, b, 3.0)
    print(k1, k2, np.array_equal(c1, c2), c1[n // 2])
g1 = grid_par(np.arange(300.0), np.arange(200))
g2 = grid_ser(np.arange(300.0), np.arange(200))
print(g1.shape, np.array_equal(g1, g2), g1[199, 299], g1.sum())
