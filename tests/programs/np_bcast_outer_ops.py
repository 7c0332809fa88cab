# outcmp: exact
import numpy as np
x = np.arange(1, 6)
table = x[:, np.newaxis] * x[np.newaxis, :]
print(table)
print(x[:, None] + x)
print(x[:, None] > x)
print((x[:, None] % x == 0).astype(int))
dist = np.abs(x[:, None] - x[None, :])
print(dist, dist.sum(axis=1))
pts = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])
d2 = ((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=-1)
print(d2, np.sqrt(d2))
grid = np.arange(3)[:, None, None] * 100 + np.arange(4)[None, :, None] * 10 + np.arange(2)
print(grid.shape)
print(grid)
