# outcmp: exact
from numba import njit
import numpy as np


@njit
def life_step(g):
    n, m = g.shape
    out = np.zeros_like(g)
    for i in range(n):
        for j in range(m):
            c = 0
            for di in range(-1, 2):
                for dj in range(-1, 2):
                    if di == 0 and dj == 0:
                        continue
                    c += g[(i + di) % n, (j + dj) % m]
            if c == 3 or (c == 2 and g[i, j] == 1):
                out[i, j] = 1
    return out


g = np.zeros((16, 16), dtype=np.int64)
g[1, 2] = g[2, 3] = g[3, 1] = g[3, 2] = g[3, 3] = 1
g[11, 10:13] = 1
for gen in range(30):
    if gen % 10 == 0:
        print("gen", gen, g.sum())
        for row in g:
            print(''.join('#' if v else '.' for v in row))
    g = life_step(g)
print(g.sum(), np.nonzero(g.sum(axis=0))[0])
