# An array expression the compiler fuses (FUSE) runs with NumPy scalars and
# Python floats in a hot loop after it was fused over whole arrays: the
# trace follows the ordinary code, as the interpreter does when fusion
# does not apply.
import numpy as np


def expr(x):
    return np.sqrt(x ** 2 + np.sin(x) * np.exp(-x)) + 1.5 * x - x / 3.0


def kernel(x, out):
    for i in range(len(x)):
        v = x[i]
        out[i] = np.sqrt(v ** 2 + np.sin(v) * np.exp(-v)) + 1.5 * v - v / 3.0
    return out


def poly(a, b, n):
    s = 0.0
    for i in range(n):
        t = i * 0.001
        s += a * t * t - b * t + (a - b) * 0.5 / (t + 1.0)
    return s


big = (np.arange(40000) * 7919 % 10007) / 10007.0 * 4.0
ref = expr(big)               # fused: the gate is proven
print(repr(float(ref.sum())))
x = big[:300].copy()
out = kernel(x, np.zeros(300))
print(out[:6].tolist(), repr(float(out.sum())))
r = np.arange(20000) * 0.5
print(repr(float(poly(r, r * 2.0, 3).sum())))  # fused over arrays
print(repr(poly(1.25, 0.75, 1000)))          # the same code over floats
print(repr(poly(np.float64(1.25), np.float64(0.75), 1000)))
print(repr(poly(np.float32(1.25), 3, 1000)), repr(poly(2, 1, 100)))
