import numpy as np


def numpy_expr(x):
    return np.sqrt(x**2 + np.sin(x) * np.exp(-x))


x = np.linspace(0.0, 10.0, 11)
y = numpy_expr(x)
print(y)
print(y.tolist())
print(repr(y.sum()), repr(y.max()), y.argmax())
x2 = np.linspace(-1.0, 1.0, 7)
print(numpy_expr(x2))
z = np.arange(1, 1001) * 0.01
r = numpy_expr(z)
print(r.shape, r.dtype, repr(r.sum()), repr(r.mean()))
print(r[:5], r[-3:])
print(numpy_expr(np.array([0.5, 2.0], dtype=np.float32)).dtype, numpy_expr(np.float64(3.0)))
