# Custom atomic operations built on cuda.atomic.compare_and_swap loops:
# an atomic multiply, a saturating add, and an atomic "max of |x|".
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def atomic_mul(cell, factor):
    while True:
        old = cell[0]
        if cuda.atomic.compare_and_swap(cell, old, old * factor) == old:
            return old


@cuda.jit(device=True)
def atomic_sat_add(cell, v, limit):
    while True:
        old = cell[0]
        new = old + v
        if new > limit:
            new = limit
        if cuda.atomic.compare_and_swap(cell, old, new) == old:
            return new == limit


@cuda.jit
def ops(xs, prod, sat, absmax, hits):
    i = cuda.grid(1)
    if i < xs.size:
        if xs[i] % 7 == 0:
            atomic_mul(prod, 2)
        if atomic_sat_add(sat, xs[i], 1000):
            cuda.atomic.add(hits, 0, 1)
        a = xs[i] if xs[i] >= 0 else -xs[i]
        while True:
            old = absmax[0]
            if a <= old or cuda.atomic.compare_and_swap(absmax, old, a) == old:
                break


xs = np.array([(k * 53) % 97 - 48 for k in range(64)], dtype=np.int64)
prod = np.ones(1, dtype=np.int64)
sat = np.zeros(1, dtype=np.int64)
absmax = np.zeros(1, dtype=np.int64)
hits = np.zeros(1, dtype=np.int32)
ops[2, 32](xs, prod, sat, absmax, hits)
print(prod[0], sat[0], absmax[0], hits[0] >= 0)
print(np.count_nonzero(xs % 7 == 0), np.abs(xs).max())

xs32 = xs.astype(np.int32)
prod32 = np.ones(1, dtype=np.int32)
sat32 = np.zeros(1, dtype=np.int32)
absmax32 = np.zeros(1, dtype=np.int32)
ops[1, 64](xs32, prod32, sat32, absmax32, hits)
print(prod32[0], absmax32[0])
