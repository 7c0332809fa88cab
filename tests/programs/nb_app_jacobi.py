# outcmp: exact
from numba import njit
import numpy as np


@njit
def jacobi(u, iters):
    n, m = u.shape
    v = u.copy()
    for it in range(iters):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u


def jacobi_np(u, iters):
    u = u.copy()
    for it in range(iters):
        w = u.copy()
        w[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
        u = w
    return u


u0 = np.zeros((10, 10))
u0[0, :] = 100.0
u0[:, 0] = 50.0
a = jacobi(u0.copy(), 50)
b = jacobi_np(u0, 50)
print(np.round(a, 3))
print(np.array_equal(a, b), repr(a.sum()), repr(b.sum()))
