# Float atomics (float32 and float64): add/sub/max/min/exch with exactly representable values.
import numpy as np
from numba import cuda


@cuda.jit
def fops(acc, vals):
    i = cuda.grid(1)
    if i < vals.size:
        v = vals[i]
        cuda.atomic.add(acc, 0, v)
        cuda.atomic.sub(acc, 1, v)
        cuda.atomic.max(acc, 2, v)
        cuda.atomic.min(acc, 3, v)
        cuda.atomic.exch(acc, 4, 2.5)


for dt in (np.float32, np.float64):
    vals = ((np.arange(96) % 13) * 0.25 - 1.0).astype(dt)
    acc = np.array([0.0, 10.0, -100.0, 100.0, 0.0], dtype=dt)
    fops[3, 32](acc, vals)
    print(acc, acc.dtype)
    print(acc[0] == vals.sum(), acc[2] == vals.max(), acc[3] == vals.min())
