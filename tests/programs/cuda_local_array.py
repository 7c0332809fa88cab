# outcmp: exact
# cuda.local.array: per-thread scratch (insertion sort of a window, running sums).
import numpy as np
from numba import cuda, int64

W = 5


@cuda.jit
def window_median(x, out):
    i = cuda.grid(1)
    if i + W <= x.size:
        buf = cuda.local.array(W, dtype=int64)
        for k in range(W):
            buf[k] = x[i + k]
        for k in range(1, W):
            v = buf[k]
            j = k - 1
            while j >= 0 and buf[j] > v:
                buf[j + 1] = buf[j]
                j -= 1
            buf[j + 1] = v
        out[i] = buf[W // 2]


@cuda.jit
def prefix_rows(a, out):
    r = cuda.grid(1)
    if r < a.shape[0]:
        acc = cuda.local.array((8,), np.float64)
        s = 0.0
        for c in range(a.shape[1]):
            s += a[r, c]
            acc[c] = s
        for c in range(a.shape[1]):
            out[r, c] = acc[c]


x = (np.arange(30) * 17) % 23
out = np.zeros(26, dtype=np.int64)
window_median[1, 32](x, out)
print(out)
a = np.arange(24, dtype=np.float64).reshape(3, 8) / 4
o = np.zeros_like(a)
prefix_rows[1, 4](a, o)
print(o)
