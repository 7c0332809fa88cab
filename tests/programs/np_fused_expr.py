# Whole-array expressions that streak evaluates fused (chunk by chunk, no
# full-size temporaries) must give exactly what one operator at a time gives.
import math
import numpy as np

def stepwise(x):
    a = x ** 2
    b = np.sin(x)
    c = -x
    d = np.exp(c)
    e = b * d
    f = a + e
    return np.sqrt(f)

def fused(x):
    return np.sqrt(x**2 + np.sin(x) * np.exp(-x))

def show(name, r):
    print(name, r.dtype, r.shape, repr(r.sum()), r.ravel()[:3], r.ravel()[-2:])

x = np.linspace(-3.0, 7.0, 100003)
r1, r2 = fused(x), stepwise(x)
print("numpy_expr", np.array_equal(r1, r2, equal_nan=True), np.isnan(r1).sum())
show("fused", r1)

i = np.arange(-30000, 30000, dtype=np.int64)
j = i[::-1].copy()
s = np.sqrt(i * i + j * j)
t = i * i
t += j * j
print("int sqrt", np.array_equal(s, np.sqrt(t)))
show("ij", s)
show("int poly", i * 3 + j * 2 - 7)

f32 = np.linspace(0, 1, 50000, dtype=np.float32)
g = f32 * 2.5 + np.cos(f32) * 0.1
show("float32", g)
h = f32 + x[:50000] * f32
show("f32+f64", h)

show("scalar subtree", np.sin(2.0) * x + np.cos(1.0) - 2 * 3.5)
show("pow", (i ** 2.0) + (j ** 2) * 0.5)
z = np.linspace(-1.0, 1.0, 40000)
z[0] = -0.0
q = z ** 0.5 + z ** -1 * 0.0 + z ** 1
print("pow fast", repr(q[0]), np.isnan(q).sum(), repr(q[~np.isnan(q)].sum()))

m2 = x[:100000].reshape(250, 400)
show("2d", np.exp(m2 / 10.0) + m2 * m2 - 1.0)
show("strided", np.exp(x[::3] / 10.0) + x[::3] * 2.0 - 1.0)
show("small", np.exp(x[:100] / 10.0) + x[:100] * 2.0 - 1.0)

c = np.exp(1j * x[:30000]) * 2.0 + x[:30000]
show("complex", c)

u8 = np.arange(40000).astype(np.uint8)
show("uint8 wraps", u8 * 3 + u8 - 1)

b = np.ones(20000, dtype=bool)
try:
    r = np.sqrt(-b + x[:20000] * 2.0)
except TypeError as ex:
    print("bool neg:", ex)
try:
    r = np.sqrt(x[:20000] * 2.0 + x[:30000] * 3.0)
except ValueError as ex:
    print("shapes:", ex)
try:
    r = i ** -1 + j * 2
except ValueError as ex:
    print("negative power:", ex)

def hyp(a, b):
    return np.sqrt(a * a + b * b)

print(hyp(3.0, 4.0), hyp(np.float64(5.0), 12))
show("hyp arrays", hyp(x, x[::-1].copy()))
print(hyp(6.0, 8.0))

def hyp_math(a, b):
    return math.sqrt(a * a + b * b + 0.0)

total = 0.0
for k in range(200):
    total += hyp_math(k, k + 1.0)
print(repr(total))

import cmath
print(cmath.sqrt(-4.0 * 2 + 1 - 0.5), math.exp(0.5) * 2 + 1)

def ufunc_args(a):
    return np.maximum(a * 2.0, np.minimum(a, 0.5)) + np.arctan2(a, 1.5) - np.hypot(a, a)

show("binary ufuncs", ufunc_args(x))
y = np.empty_like(x)
y[:] = x * 2.0 + np.sin(x) * 3.0
show("assigned", y)
