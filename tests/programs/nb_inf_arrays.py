# outcmp: exact
# Element loads/stores of any dtype, 2-D C arrays and strided views,
# np.empty/zeros/ones with dtypes, shape/size, slices, .T, in-place ops.
from numba import njit
import numpy as np


@njit
def fill(h, w):
    out = np.zeros((h, w), dtype=np.int32)
    for j in range(out.shape[0]):
        for i in range(out.shape[1]):
            out[j, i] = j * 10 + i
    return out


@njit
def colsum(m):
    s = np.zeros(m.shape[1])
    for j in range(m.shape[0]):
        for i in range(m.shape[1]):
            s[i] += m[j, i]
    return s


@njit
def views(a):
    b = a[1:-1]
    b[0] = 99
    t = a[::-1]
    return b.sum(), t[0], a.size, a[::2].sum()


@njit
def inplace(m):
    m += 1
    m[0] *= 2
    return m.T


@njit
def types(a, b, c):
    return a[0] + 1, b[0] * 2, c[0] or False


f = fill(3, 4)
print(f, f.dtype)
print(colsum(f), colsum(np.arange(6.0).reshape(2, 3)[:, ::2]))
x = np.arange(8)
print(views(x), x)
print(inplace(np.arange(6).reshape(2, 3)))
print(types(np.array([1], dtype=np.uint8), np.array([1.5], dtype=np.float32), np.array([True])))
try:
    fill(2, 2)[5, 0]
    views(np.arange(1))
except IndexError as e:
    print("IndexError", e)
