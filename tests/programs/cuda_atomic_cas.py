# compare_and_swap as a spin-free "first writer wins" and a CAS-loop counter.
import numpy as np
from numba import cuda


@cuda.jit
def first(flag, winners):
    i = cuda.grid(1)
    if i < winners.size:
        old = cuda.atomic.compare_and_swap(flag, 0, i + 1)
        winners[i] = 1 if old == 0 else 0


@cuda.jit
def cas_inc(counter, n):
    i = cuda.grid(1)
    if i < n:
        done = False
        while not done:
            old = counter[0]
            if cuda.atomic.compare_and_swap(counter, old, old + 1) == old:
                done = True


flag = np.zeros(1, dtype=np.int32)
winners = np.zeros(40, dtype=np.int32)
first[2, 32](flag, winners)
print(winners.sum(), flag[0] > 0)
c = np.zeros(1, dtype=np.int32)
cas_inc[2, 32](c, 50)
print(c)
c64 = np.zeros(1, dtype=np.int64)
cas_inc[1, 16](c64, 16)
print(c64)
