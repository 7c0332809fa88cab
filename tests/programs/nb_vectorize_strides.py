# @vectorize loops over contiguous, strided, broadcast (step 0), reversed
# and in-place operands, for several dtypes: the contiguous fast copy of the
# inner loop and the general one must agree.
import numba
import numpy as np


@numba.vectorize(['float64(float64, float64)', 'int64(int64, int64)', 'complex128(complex128, complex128)'])
def clipped(x, y):
    r = x * 2 + y
    if abs(r) > 10:
        return r - r
    return r


@numba.vectorize(['float32(float32)', 'uint8(uint8)', 'boolean(boolean)'])
def twice(x):
    return x + x


a = np.arange(12, dtype=np.float64).reshape(3, 4) - 5.5
b = np.linspace(-3.0, 3.0, 4)
print(clipped(a, b))
print(clipped(a.T, a.T))
print(clipped(a[:, ::2], b[::-2]))
print(clipped(a[::-1], 1.5))
i = np.arange(20, dtype=np.int64).reshape(4, 5) - 7
print(clipped(i, i[0]))
print(clipped(i[:, 1::2], np.int64(3)))
c = np.arange(6) * (1 + 2j) - 4j
print(clipped(c, c[::-1]))
x = np.arange(10, dtype=np.float64) - 3
clipped(x, x, out=x)
print(x)
y = np.arange(10, dtype=np.float64)
clipped(y[1:], y[:-1], out=y[1:])
print(y)
f = np.arange(7, dtype=np.float32) / 3
print(twice(f), twice(f[::3]))
u = np.arange(250, 256, dtype=np.uint8)
print(twice(u), twice(u[::-1]))
print(twice(np.array([True, False, True])[::2]))
