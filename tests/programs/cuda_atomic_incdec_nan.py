# cuda.atomic.inc/dec (wrapping counters on uint32/uint64) and nanmax/nanmin
# against max/min when NaNs are involved.
import numpy as np
from numba import cuda


@cuda.jit
def counters(c, n):
    i = cuda.grid(1)
    if i < n:
        cuda.atomic.inc(c, 0, 9)      # counts 0..9 then wraps to 0
        cuda.atomic.dec(c, 1, 5)      # from 3 down to 0, then back to 5
        cuda.atomic.inc(c, 2, 1000)


@cuda.jit
def nan_ops(vals, acc):
    i = cuda.grid(1)
    if i < vals.size:
        v = vals[i]
        cuda.atomic.nanmax(acc, 0, v)
        cuda.atomic.nanmin(acc, 1, v)
        cuda.atomic.max(acc, 2, v)
        cuda.atomic.min(acc, 3, v)


for dt in (np.uint32, np.uint64):
    c = np.array([0, 3, 7], dtype=dt)
    counters[1, 32](c, 23)
    print(c.dtype, c)

for dt in (np.float32, np.float64):
    vals = np.array([3.5, np.nan, -2.0, 8.25, np.nan, 0.5], dtype=dt)
    acc = np.array([-np.inf, np.inf, -np.inf, np.inf], dtype=dt)
    nan_ops[1, 8](vals, acc)
    print(acc.dtype, acc)
    acc = np.array([np.nan, np.nan, np.nan, np.nan], dtype=dt)
    nan_ops[1, 8](vals, acc)
    print(acc)

ints = np.array([5, -3, 12, 7], dtype=np.int64)
acc = np.array([0, 0, 0, 0], dtype=np.int64)
nan_ops[1, 4](ints, acc)
print(acc)
