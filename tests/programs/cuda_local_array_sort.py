# cuda.local.array as per-thread scratch: insertion sort of a small window (median filter).
import numpy as np
from numba import cuda, float64

W = 5


@cuda.jit
def median5(x, out):
    i = cuda.grid(1)
    n = x.size
    if i < n:
        win = cuda.local.array(W, dtype=float64)
        for k in range(W):
            j = min(max(i + k - W // 2, 0), n - 1)
            win[k] = x[j]
        for a in range(1, W):
            v = win[a]
            b = a - 1
            while b >= 0 and win[b] > v:
                win[b + 1] = win[b]
                b -= 1
            win[b + 1] = v
        out[i] = win[W // 2]


x = np.array([3.0, 9.0, 1.0, 4.0, 4.0, 8.0, 2.0, 7.0, 0.0, 5.0, 6.0, 1.0])
out = np.zeros_like(x)
median5[1, 16](x, out)
print(out)
