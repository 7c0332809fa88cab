# outcmp: exact
# 2-D stencils: Jacobi iterations ping-ponging two device arrays, and a 5-point Laplacian.
import numpy as np
from numba import cuda


@cuda.jit
def jacobi_step(src, dst):
    i, j = cuda.grid(2)
    n, m = src.shape
    if i >= 1 and i < n - 1 and j >= 1 and j < m - 1:
        dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])


@cuda.jit
def laplace(u, out):
    x, y = cuda.grid(2)
    if 0 < x < u.shape[0] - 1 and 0 < y < u.shape[1] - 1:
        out[x, y] = u[x - 1, y] + u[x + 1, y] + u[x, y - 1] + u[x, y + 1] - 4 * u[x, y]


n = 34
grid = np.zeros((n, n))
grid[0, :] = 100.0
grid[:, 0] = 50.0
a = cuda.to_device(grid)
b = cuda.to_device(grid)
threads = (8, 8)
blocks = ((n + 7) // 8, (n + 7) // 8)
for it in range(50):
    jacobi_step[blocks, threads](a, b)
    a, b = b, a
res = a.copy_to_host()
print(res[1, 1:6])
print(res[n // 2, n // 2], res.sum())

ref = grid.copy()
for it in range(50):
    new = ref.copy()
    new[1:-1, 1:-1] = 0.25 * (ref[:-2, 1:-1] + ref[2:, 1:-1] + ref[1:-1, :-2] + ref[1:-1, 2:])
    ref = new
print(np.array_equal(ref, res))

ii = np.arange(10).reshape(10, 1) * np.ones((1, 12))
jj = np.ones((10, 1)) * np.arange(12).reshape(1, 12)
u = ii * ii + 2 * jj * jj
lap = np.zeros_like(u)
laplace[(2, 2), (8, 8)](u, lap)
print(lap[1:4, 1:5])
print(lap.sum())
