# outcmp: exact
import numpy as np


def step(g):
    n = np.zeros_like(g)
    n[1:-1, 1:-1] = (g[:-2, :-2] + g[:-2, 1:-1] + g[:-2, 2:] + g[1:-1, :-2] + g[1:-1, 2:]
                     + g[2:, :-2] + g[2:, 1:-1] + g[2:, 2:])
    born = (n == 3) & (g == 0)
    survive = ((n == 2) | (n == 3)) & (g == 1)
    out = np.zeros_like(g)
    out[born | survive] = 1
    out[0, :] = 0
    out[-1, :] = 0
    out[:, 0] = 0
    out[:, -1] = 0
    return out


g = np.zeros((10, 10), dtype=np.int8)
g[1, 2] = g[2, 3] = g[3, 1] = g[3, 2] = g[3, 3] = 1
g[6, 6:9] = 1
for gen in range(6):
    print("gen", gen, "alive", g.sum())
    for row in g:
        print(''.join('#' if v else '.' for v in row))
    g = step(g)
print(g.sum(), np.stack(np.nonzero(g), axis=1).tolist())
