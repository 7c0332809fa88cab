# 2-D heat diffusion: a 5-point stencil iterated with two device arrays swapped.
import numpy as np
from numba import cuda


@cuda.jit
def step(u, v, alpha):
    i, j = cuda.grid(2)
    n, m = u.shape
    if 0 < i < n - 1 and 0 < j < m - 1:
        v[i, j] = u[i, j] + alpha * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j])
    elif i < n and j < m:
        v[i, j] = u[i, j]


n = 12
u = np.zeros((n, n))
u[n // 2, n // 2] = 100.0
du = cuda.to_device(u)
dv = cuda.device_array_like(du)
for it in range(10):
    step[(2, 2), (8, 8)](du, dv, 0.2)
    du, dv = dv, du
r = du.copy_to_host()
print(round(r.sum(), 9))
print(np.round(r[n // 2, 3:9], 6))
print(r[0].max(), np.allclose(r, r.T))
