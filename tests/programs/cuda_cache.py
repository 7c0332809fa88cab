# @cuda.jit(cache=True): the corpus runs this three times, so later runs load the
# OpenCL binaries from .streak-cache/ (the output must not change).
import numpy as np
from numba import cuda


@cuda.jit(device=True, cache=True)
def poly(x):
    return 3.0 * x * x - 2.0 * x + 1.0


@cuda.jit(cache=True)
def apply(a, out):
    i = cuda.grid(1)
    if i < a.size:
        out[i] = poly(a[i])


@cuda.jit('void(int32[:], int32)', cache=True)
def shift(a, k):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = (a[i] + k) % 7


a = np.linspace(-1.0, 1.0, 9)
out = np.zeros_like(a)
apply[1, 16](a, out)
print(out)
a32 = a.astype(np.float32)
out32 = np.zeros_like(a32)
apply[1, 16](a32, out32)
print(out32.dtype, np.allclose(out32, out, atol=1e-6))
b = np.arange(10, dtype=np.int32)
shift[1, 16](b, 5)
print(b)
