# The chapter's grid-stride loop: a fixed grid covers any array size exactly once.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def process(x):
    return x * x + 1.0


@cuda.jit
def kernel(arr, out):
    idx = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(idx, arr.size, stride):
        out[i] = process(arr[i])


@cuda.jit
def count_visits(visits):
    idx = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(idx, visits.size, stride):
        visits[i] += 1


for n in (1, 31, 100, 777):
    arr = np.linspace(-1.0, 1.0, n)
    out = np.zeros(n)
    kernel[4, 32](arr, out)
    print(n, np.allclose(out, arr * arr + 1.0), out[0], out[-1])
v = np.zeros(1000, dtype=np.int32)
count_visits[3, 64](v)
print(v.min(), v.max(), v.sum())
