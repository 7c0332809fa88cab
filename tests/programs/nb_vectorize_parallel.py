# outcmp: exact
from numba import vectorize
import numpy as np


@vectorize(['float64(float64, float64)'], target='parallel')
def clip_add_par(x, y):
    r = x + y
    if r > 1.0:
        return 1.0
    elif r < -1.0:
        return -1.0
    return r


@vectorize(['float64(float64, float64)'], target='cpu')
def clip_add_cpu(x, y):
    r = x + y
    if r > 1.0:
        return 1.0
    elif r < -1.0:
        return -1.0
    return r


a = np.linspace(-2, 2, 2001)
b = np.linspace(1, -1, 2001)
p = clip_add_par(a, b)
c = clip_add_cpu(a, b)
print(np.array_equal(p, c), p[:5], p[995:1006], p[-5:])
print(p.sum(), (p == 1.0).sum(), (p == -1.0).sum())
m = clip_add_par(np.arange(12.0).reshape(3, 4) / 10, np.array([0.0, 0.2, 0.4, 0.6]))
print(m)
