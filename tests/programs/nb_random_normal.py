from numba import njit
import numpy as np


@njit
def gauss(seed, n):
    np.random.seed(seed)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.randn()
    return out


@njit
def normals(seed):
    np.random.seed(seed)
    return np.random.normal(10.0, 2.0), np.random.normal(), np.random.standard_normal()


g = gauss(12345, 6)
np.random.seed(12345)
ref = np.random.randn(6)
print(g.tolist())
print(np.allclose(g, ref), np.abs(g - ref).max() < 1e-12)
n = normals(3)
np.random.seed(3)
print(n, np.allclose(n, (np.random.normal(10.0, 2.0), np.random.normal(), np.random.standard_normal())))
