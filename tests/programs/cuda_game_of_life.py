# Conway's game of life on a torus, one kernel launch per generation.
import numpy as np
from numba import cuda


@cuda.jit
def life(a, b):
    i, j = cuda.grid(2)
    n, m = a.shape
    if i < n and j < m:
        c = 0
        for di in range(-1, 2):
            for dj in range(-1, 2):
                if di != 0 or dj != 0:
                    c += a[(i + di) % n, (j + dj) % m]
        if a[i, j] == 1:
            b[i, j] = 1 if c == 2 or c == 3 else 0
        else:
            b[i, j] = 1 if c == 3 else 0


g = np.zeros((10, 10), dtype=np.uint8)
g[1, 2] = g[2, 3] = g[3, 1] = g[3, 2] = g[3, 3] = 1
da = cuda.to_device(g)
db = cuda.device_array_like(da)
for gen in range(8):
    life[(2, 2), (5, 5)](da, db)
    da, db = db, da
r = da.copy_to_host()
for row in r:
    print(''.join('#' if v else '.' for v in row))
print(r.sum())
