# Monte Carlo pi with a per-thread 32-bit LCG in int64 arithmetic (deterministic), counts reduced by atomics.
import numpy as np
from numba import cuda


@cuda.jit
def mc(counts, n_per):
    i = cuda.grid(1)
    state = (i * 2654435761 + 12345) % 4294967296
    inside = 0
    for k in range(n_per):
        state = (state * 1664525 + 1013904223) % 4294967296
        x = state / 4294967296.0
        state = (state * 1664525 + 1013904223) % 4294967296
        y = state / 4294967296.0
        if x * x + y * y <= 1.0:
            inside += 1
    cuda.atomic.add(counts, 0, inside)


counts = np.zeros(1, dtype=np.int64)
mc[2, 32](counts, 50)
print(counts[0], 4.0 * counts[0] / (64 * 50))
