# outcmp: exact
import numpy as np
n = 12
u = np.zeros(n)
u[0] = 100.0
u[-1] = 50.0
alpha = 0.25
for step in range(200):
    u[1:-1] = u[1:-1] + alpha * (u[:-2] - 2 * u[1:-1] + u[2:])
    if step % 50 == 0:
        print(step, np.round(u, 3))
print(np.round(u, 6))
print(repr(u.sum()), repr(u[5]))
g = np.zeros((6, 6))
g[0, :] = 1.0
for it in range(30):
    g[1:-1, 1:-1] = 0.25 * (g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:])
print(np.round(g, 4))
print(repr(g.sum()))
