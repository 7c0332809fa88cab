# Histogram of float data into int32 bins with atomic adds; weighted float histogram.
import numpy as np
from numba import cuda


@cuda.jit
def hist(x, lo, hi, bins):
    i = cuda.grid(1)
    nb = bins.size
    if i < x.size:
        v = x[i]
        if v >= lo and v < hi:
            b = int((v - lo) / (hi - lo) * nb)
            cuda.atomic.add(bins, b, 1)


@cuda.jit
def whist(x, w, bins):
    i = cuda.grid(1)
    if i < x.size:
        cuda.atomic.add(bins, int(x[i]) % bins.size, w[i])


x = (np.arange(300) * 0.37) % 10.0
bins = np.zeros(10, dtype=np.int32)
hist[10, 32](x, 0.0, 10.0, bins)
print(bins, bins.sum())
print(np.array_equal(bins, np.histogram(x, bins=10, range=(0.0, 10.0))[0]))
w = np.full(300, 0.5, dtype=np.float32)
fb = np.zeros(5, dtype=np.float32)
whist[10, 32](x, w, fb)
print(fb, fb.sum())
