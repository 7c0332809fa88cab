# outcmp: exact
# Atomic histograms: int32 and int64 bins, float atomics (add via CAS), shared-memory privatised bins.
import numpy as np
from numba import cuda, int32

NBINS = 16


@cuda.jit
def hist_global(data, bins):
    i = cuda.grid(1)
    stride = cuda.gridsize(1)
    for k in range(i, data.size, stride):
        cuda.atomic.add(bins, data[k] % NBINS, 1)


@cuda.jit
def hist_shared(data, bins):
    local_bins = cuda.shared.array(NBINS, dtype=int32)
    t = cuda.threadIdx.x
    if t < NBINS:
        local_bins[t] = 0
    cuda.syncthreads()
    i = cuda.grid(1)
    if i < data.size:
        cuda.atomic.add(local_bins, data[i] % NBINS, 1)
    cuda.syncthreads()
    if t < NBINS:
        cuda.atomic.add(bins, t, local_bins[t])


@cuda.jit
def weighted(idx, w, out):
    i = cuda.grid(1)
    if i < idx.size:
        cuda.atomic.add(out, idx[i], w[i])


@cuda.jit
def count_sub(out):
    cuda.atomic.sub(out, 0, 1)
    cuda.atomic.max(out, 1, cuda.grid(1))


data = (np.arange(5000) * 37 + 11) % 97
b1 = np.zeros(NBINS, dtype=np.int64)
hist_global[8, 32](data, b1)
b2 = np.zeros(NBINS, dtype=np.int32)
hist_shared[(5000 + 127) // 128, 128](data, b2)
ref = np.bincount(data % NBINS, minlength=NBINS)
print(b1)
print(b2, b2.dtype)
print(np.array_equal(b1, ref), np.array_equal(b2, ref))

idx = np.arange(64) % 4
w = np.arange(64, dtype=np.float64) * 0.25
out = np.zeros(4)
weighted[2, 32](idx, w, out)
print(out, out.sum(), w.sum())
w32 = (np.arange(64) % 8).astype(np.float32)
out32 = np.zeros(4, dtype=np.float32)
weighted[4, 16](idx, w32, out32)
print(out32, out32.dtype)

c = np.array([1000, 0], dtype=np.int32)
count_sub[3, 100](c)
print(c)
