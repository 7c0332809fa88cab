# outcmp: exact
import numpy as np
coef = np.array([2.0, -3.0, 0.5, 1.0])


def horner(c, x):
    r = np.zeros_like(x, dtype=np.float64)
    for k in c:
        r = r * x + k
    return r


x = np.linspace(-2, 2, 9)
y = horner(coef, x)
print(x)
print(y)
print(y.tolist())
powers = x[:, None] ** np.arange(len(coef))[::-1]
print(powers)
y2 = powers @ coef
print(y2, np.allclose(y, y2), np.abs(y - y2).max())
dcoef = coef[:-1] * np.arange(len(coef) - 1, 0, -1)
print(dcoef, horner(dcoef, x))
sign = np.sign(y)
roots = np.nonzero(np.diff(sign) != 0)[0]
print(roots, x[roots], x[roots + 1])
lo, hi = -2.0, -1.0
for it in range(30):
    mid = (lo + hi) / 2
    if np.sign(horner(coef, np.array([mid])))[0] == np.sign(horner(coef, np.array([lo])))[0]:
        lo = mid
    else:
        hi = mid
print(repr(lo), repr(hi))
