# Complex scalar arithmetic in a kernel: + - * / with CPython's formulas
# (Smith's division), abs (hypot), .real/.imag/.conjugate(), complex(a, b),
# == and != and mixing with ints and floats.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def combine(a, b):
    return (a * b + a / b - (a - b)) * 0.5 + b.conjugate()


@cuda.jit
def arith(ar, ai, br, bi, out_re, out_im, out_abs, flags):
    i = cuda.grid(1)
    if i < ar.size:
        a = complex(ar[i], ai[i])
        b = complex(br[i], bi[i])
        c = combine(a, b)
        out_re[i] = c.real
        out_im[i] = c.imag
        out_abs[i] = abs(a) + abs(b * 1j)
        f = 0
        if a == b:
            f += 1
        if a != b:
            f += 2
        if a == ar[i]:
            f += 4
        if a:
            f += 8
        if -a == complex(-ar[i], -ai[i]):
            f += 16
        flags[i] = f


ar = np.array([1.0, 3.0, -2.0, 0.0, 1e300, 2.5, 1e-310, 7.0])
ai = np.array([2.0, -1.0, 0.5, 0.0, 1e300, 0.0, 3e-310, -7.0])
br = np.array([2.0, 3.0, 4.0, 1.0, 1e-300, 0.5, 1.0, 0.25])
bi = np.array([-1.0, -1.0, 0.0, 1.0, 3.0, 4.0, 1e-5, -0.125])
n = ar.size
re = np.zeros(n)
im = np.zeros(n)
ab = np.zeros(n)
flags = np.zeros(n, dtype=np.int64)
arith[1, 32](ar, ai, br, bi, re, im, ab, flags)
for k in range(n):
    a = complex(ar[k], ai[k])
    b = complex(br[k], bi[k])
    c = (a * b + a / b - (a - b)) * 0.5 + b.conjugate()
    print(repr(re[k]), repr(im[k]), repr(ab[k]), flags[k], re[k] == c.real and im[k] == c.imag,
          ab[k] == abs(a) + abs(b * 1j))
