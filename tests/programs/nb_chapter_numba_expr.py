import numba
import numpy as np


def numpy_expr(x):
    return np.sqrt(x**2 + np.sin(x) * np.exp(-x))


@numba.njit
def numba_expr(x):
    out = np.empty_like(x)
    for i in range(len(x)):
        out[i] = np.sqrt(x[i]**2 + np.sin(x[i]) * np.exp(-x[i]))
    return out


x = np.linspace(0.0, 10.0, 1001)
a = numpy_expr(x)
b = numba_expr(x)
print(np.allclose(a, b), a.shape == b.shape, b.dtype)
print(np.abs(a - b).max() < 1e-12)
print(b[:5])
print(b[-3:])
print(round(float(b.sum()), 8), round(float(a.sum()), 8))
y = np.linspace(0.5, 2.5, 5)
print(numba_expr(y))
print(numba_expr(y).tolist())
