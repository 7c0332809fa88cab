# while loops with break/continue and early return in kernels (Collatz steps).
import numpy as np
from numba import cuda


@cuda.jit
def collatz(n0, steps):
    i = cuda.grid(1)
    if i >= n0.size:
        return
    n = n0[i]
    s = 0
    while True:
        if n == 1:
            break
        s += 1
        if n % 2 == 0:
            n //= 2
            continue
        n = 3 * n + 1
    steps[i] = s


n0 = np.arange(1, 21, dtype=np.int64)
steps = np.zeros(20, dtype=np.int64)
collatz[1, 32](n0, steps)
print(steps)
