# One device function specialised for int64, float32 and float64 arguments.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@cuda.jit
def k(ai, af, ad, oi, of, od):
    i = cuda.grid(1)
    if i < ai.size:
        oi[i] = clamp(ai[i], 2, 6)
        of[i] = clamp(af[i], np.float32(-0.5), np.float32(0.5))
        od[i] = clamp(ad[i], -0.25, 0.75)


ai = np.arange(10, dtype=np.int64)
af = np.linspace(-1, 1, 10).astype(np.float32)
ad = np.linspace(-1, 1, 10)
oi = np.zeros_like(ai)
of = np.zeros_like(af)
od = np.zeros_like(ad)
k[1, 16](ai, af, ad, oi, of, od)
print(oi)
print(of, of.dtype)
print(od)
