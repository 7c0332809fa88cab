# Integer atomics: add/sub/max/min/exch and their returned old values.
import numpy as np
from numba import cuda


@cuda.jit
def ops(acc, olds):
    i = cuda.grid(1)
    if i < olds.shape[0]:
        cuda.atomic.add(acc, 0, i)
        cuda.atomic.sub(acc, 1, 2)
        cuda.atomic.max(acc, 2, i * 3)
        cuda.atomic.min(acc, 3, 100 - i)
        cuda.atomic.exch(acc, 4, 7)
        olds[i] = cuda.atomic.add(acc, 5, 1)


acc = np.array([0, 500, -1, 1000, 0, 0], dtype=np.int32)
olds = np.zeros(50, dtype=np.int32)
ops[2, 32](acc, olds)
print(acc)
print(np.sort(olds)[:10], np.array_equal(np.sort(olds), np.arange(50)))
acc64 = np.array([0, 500, -1, 1000, 0, 0], dtype=np.int64)
olds64 = np.zeros(50, dtype=np.int64)
ops[2, 32](acc64, olds64)
print(acc64, np.array_equal(np.sort(olds64), np.arange(50)))
