# outcmp: exact
# The tracing JIT on array kernels: a 2-D heat stencil (also on a transposed
# view), strided and reversed 1-D views, mandelbrot writing into a 2-D int32
# array, an IndexError raised mid-loop, a type change mid-loop, and stores
# whose casts exit (NaN into an int array raises in the interpreter).
import numpy as np

# 2-D stencil (heat equation), row-major and on a transposed view
def heat(u, v, steps):
    n, m = u.shape
    for s in range(steps):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = u[i, j] + 0.1 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j])
        u, v = v, u
    return u
u = np.zeros((40, 30))
u[20, 15] = 100.0
u[5, 7] = 50.0
v = u.copy()
r = heat(u, v, 6)
print(r.sum(), r[20, 14:17], r.max())
rt = heat(u.T.copy(), u.T.copy(), 3)
print(rt.sum())
w = np.zeros((30, 40)).T
w[20, 15] = 1.0
print(heat(w, w.copy(), 2).sum())

# strided 1-D views, negative strides
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s
x = np.arange(400, dtype=np.float64)
print(dot(x[::2], x[1::2]), dot(x[::-2], x[:200]), dot(x[10:110], x[::-4]))

# mandelbrot into a 2-D array, undecorated, float arithmetic
def mandel(out, xmin, ymin, dx, dy, maxit):
    h, w = out.shape
    for j in range(h):
        for i in range(w):
            cr = xmin + i * dx
            ci = ymin + j * dy
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            out[j, i] = k
    return out
img = mandel(np.zeros((30, 40), dtype=np.int32), -2.0, -1.5, 3.0 / 40, 3.0 / 30, 60)
print(img.sum(), img[15, :12])

# IndexError raised mid-loop (caught), and a type change mid-loop
def probe(a, n):
    s = 0
    try:
        for i in range(n):
            s += a[i]
    except IndexError as e:
        print("IndexError:", e)
    return s
print(probe(np.arange(100), 150))
print(probe(np.arange(100, dtype=np.int32), 150))

def change(a):
    s = 0.0
    for i in range(len(a)):
        s = s + a[i]
        if i == 70:
            s = 1
    return s, type(s).__name__
print(change(np.ones(120)))
print(change(np.arange(120, dtype=np.int16)))

# NaN / inf stored into an int array: the interpreter raises
def store(dst, src):
    for i in range(len(src)):
        dst[i] = src[i]
    return dst
src = np.linspace(-3.0, 300.0, 100)
print(store(np.zeros(100, dtype=np.int64), src)[-4:], store(np.zeros(100, dtype=np.uint8), src)[-4:])
print(store(np.zeros(100, dtype=np.float32), src)[-3:], store(np.zeros(100, dtype=np.bool_), src)[:3])
src = [float(x) for x in src]
src[90] = float('nan')
try:
    store(np.zeros(100, dtype=np.int32), src)
except ValueError as e:
    print("ValueError:", e)
