# NumPy's unary float ufuncs on scalars inside hot loops (np.sqrt, np.sin,
# np.exp, ...): float64 and int64 NumPy scalars, Python floats and ints,
# giving np.float64, with NumPy's answers for domain errors (nan, -inf,
# inf: warnings, never exceptions); and the chapter's numba_expr loop.
import numpy as np

N = 120
VALS = [0.5, -0.5, 0.0, -0.0, 1.0, 2.0, -3.25, 10.0, 1e-300, 710.0, -745.5, float("inf"),
        float("-inf"), float("nan"), 3.14159, 100.0, -1.0, 0.999]


def tile(vals, dtype):
    return np.array([vals[i % len(vals)] for i in range(N)], dtype=dtype)


def apply(fn, x, out):
    for i in range(len(x)):
        out[i] = fn(x[i])
    return out


def numba_expr(x):
    out = np.empty_like(x)
    for i in range(len(x)):
        out[i] = np.sqrt(x[i]**2 + np.sin(x[i]) * np.exp(-x[i]))
    return out


def on_python_numbers(n):
    s = 0.0
    for i in range(n):
        s += np.sqrt(i) + np.log1p(i * 0.5) + np.arctan(-i)
    return s


f = tile(VALS, np.float64)
k = tile([0, 1, -1, 2, 7, -100, 1000, 2**40], np.int64)
for fn in (np.sqrt, np.sin, np.cos, np.tan, np.arcsin, np.arccos, np.arctan, np.exp, np.expm1,
           np.log, np.log2, np.log10, np.log1p, np.sinh, np.cosh, np.tanh):
    r = apply(fn, f, np.zeros(N))
    q = apply(fn, k, np.zeros(N))
    print(fn.__name__, r[:18].tolist(), q[:8].tolist())
x = (np.arange(1000) * 7919 % 10007) / 10007.0 * 4.0
r = numba_expr(x)
print(r[:5].tolist(), repr(float(r.sum())))
print(repr(on_python_numbers(500)))
print(type(np.sin(f[0])).__name__, type(np.sqrt(k[1])).__name__, type(np.exp(2.0)).__name__,
      type(np.log(3)).__name__)
