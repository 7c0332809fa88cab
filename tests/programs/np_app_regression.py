# outcmp: exact
import numpy as np
x = np.arange(10, dtype=np.float64)
y = 2.5 * x + 1.0 + np.array([0.1, -0.2, 0.05, 0.3, -0.1, 0.0, 0.2, -0.25, 0.15, -0.05])
n = len(x)
sx, sy, sxx, sxy = x.sum(), y.sum(), (x * x).sum(), (x * y).sum()
slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
icept = (sy - slope * sx) / n
print(repr(slope), repr(icept))
pred = slope * x + icept
res = y - pred
print(np.round(res, 6))
print(repr((res ** 2).sum()), repr(np.abs(res).max()))
xm, ym = x.mean(), y.mean()
slope2 = ((x - xm) * (y - ym)).sum() / ((x - xm) ** 2).sum()
print(repr(slope2), np.isclose(slope, slope2))
r = ((x - xm) * (y - ym)).sum() / np.sqrt(((x - xm) ** 2).sum() * ((y - ym) ** 2).sum())
print(repr(r))
A = np.stack([x, np.ones(n)], axis=1)
AtA = A.T @ A
Aty = A.T @ y
det = AtA[0, 0] * AtA[1, 1] - AtA[0, 1] * AtA[1, 0]
sol = np.array([AtA[1, 1] * Aty[0] - AtA[0, 1] * Aty[1], -AtA[1, 0] * Aty[0] + AtA[0, 0] * Aty[1]]) / det
print(AtA, Aty, sol)
