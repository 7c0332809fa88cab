# Per-thread nested loops over a 2-D array row (row-wise cumulative max) with a float64 accumulator.
import numpy as np
from numba import cuda


@cuda.jit
def rowstats(a, cmax, means):
    r = cuda.grid(1)
    if r < a.shape[0]:
        m = a[r, 0]
        s = 0.0
        for c in range(a.shape[1]):
            if a[r, c] > m:
                m = a[r, c]
            cmax[r, c] = m
            s += a[r, c]
        means[r] = s / a.shape[1]


a = ((np.arange(30).reshape(5, 6) * 17) % 11).astype(np.float64)
cmax = np.zeros_like(a)
means = np.zeros(5)
rowstats[1, 8](a, cmax, means)
print(cmax)
print(means)
