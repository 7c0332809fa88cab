# (float results of transcendental functions: compared with the harness tolerance)
# math functions in kernels (float64 and float32), integer floor division / modulo with Python's signs.
import math
import numpy as np
from numba import cuda


@cuda.jit
def funcs(x, out):
    i = cuda.grid(1)
    if i < x.size:
        v = x[i]
        out[i, 0] = math.sqrt(v)
        out[i, 1] = math.exp(-v)
        out[i, 2] = math.log(v + 1.0)
        out[i, 3] = math.sin(v) + math.cos(v)
        out[i, 4] = math.atan2(v, 2.0)
        out[i, 5] = math.floor(v * 1.5)
        out[i, 6] = abs(v - 3.0)
        out[i, 7] = v ** 2 + v ** 0.5
        out[i, 8] = min(v, 2.5) + max(v, 4.0)
        out[i, 9] = math.tanh(v) + math.erf(v / 4)


@cuda.jit
def intops(a, b, q, r, t):
    i = cuda.grid(1)
    if i < a.size:
        q[i] = a[i] // b[i]
        r[i] = a[i] % b[i]
        t[i] = a[i] / b[i]


@cuda.jit
def f32(x, out):
    i = cuda.grid(1)
    if i < x.size:
        out[i] = math.sqrt(x[i]) * x[i]


x = np.arange(8, dtype=np.float64) * 0.75
out = np.zeros((8, 10))
funcs[1, 8](x, out)
for row in out:
    print(row)
a = np.array([7, -7, 7, -7, 0, 13, -13, 100])
b = np.array([2, 2, -2, -2, 5, -4, 4, 7])
q = np.zeros_like(a)
r = np.zeros_like(a)
t = np.zeros(8)
intops[1, 8](a, b, q, r, t)
print(q, a // b)
print(r, a % b)
print(t)
x32 = np.arange(6, dtype=np.float32)
o32 = np.zeros(6, dtype=np.float32)
f32[1, 8](x32, o32)
print(o32)
