# Atomics on 2-D and 3-D arrays indexed with tuples, for int32, int64,
# float32 and float64: add, sub, max, min, exch and their old values.
import numpy as np
from numba import cuda


@cuda.jit
def scatter(keys, acc, lo, hi):
    i = cuda.grid(1)
    if i < keys.size:
        k = keys[i]
        r = k % acc.shape[0]
        c = (k // acc.shape[0]) % acc.shape[1]
        cuda.atomic.add(acc, (r, c), 1)
        cuda.atomic.sub(acc, (r, (c + 1) % acc.shape[1]), 2)
        cuda.atomic.max(hi, (r, c), k)
        cuda.atomic.min(lo, (r, c), k)


@cuda.jit
def cube(acc, olds):
    x, y, z = cuda.grid(3)
    if x < acc.shape[0] and y < acc.shape[1] and z < acc.shape[2]:
        cuda.atomic.add(acc, (x, y, z), x + y + z)
        old = cuda.atomic.exch(acc, (x, y, z), 2 * (x + 10 * y + 100 * z))
        olds[x, y, z] = old
        cuda.atomic.add(acc, (0, 0, 0), 1)


keys = (np.arange(200) * 37) % 101
for dt in (np.int32, np.int64, np.float32, np.float64):
    acc = np.zeros((4, 5), dtype=dt)
    lo = np.full((4, 5), 1000, dtype=dt)
    hi = np.full((4, 5), -1, dtype=dt)
    scatter[4, 64](keys, acc, lo, hi)
    print(acc.dtype, acc.sum(), lo.min(), hi.max())
    print(acc)
    print(lo)
    print(hi)

for dt in (np.int32, np.int64):
    acc = np.zeros((3, 4, 2), dtype=dt)
    olds = np.zeros((3, 4, 2), dtype=dt)
    cube[(1, 1, 1), (3, 4, 2)](acc, olds)
    print(acc.sum(), olds.sum(), acc[2, 3, 1], olds[2, 3, 1])
