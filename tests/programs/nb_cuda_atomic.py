# outcmp: exact
import numpy as np
from numba import cuda


@cuda.jit
def histogram(data, bins):
    i = cuda.grid(1)
    if i < data.size:
        cuda.atomic.add(bins, data[i], 1)


@cuda.jit
def extremes(data, res):
    i = cuda.grid(1)
    if i < data.size:
        cuda.atomic.max(res, 0, data[i])
        cuda.atomic.min(res, 1, data[i])


data = (np.arange(200) * 7) % 10
bins = np.zeros(10, dtype=np.int64)
histogram[4, 64](data, bins)
print(bins, bins.sum(), np.array_equal(bins, np.bincount(data)))
vals = ((np.arange(50) * 37) % 101).astype(np.float64)
res = np.array([-np.inf, np.inf])
extremes[2, 32](vals, res)
print(res, vals.max(), vals.min())
