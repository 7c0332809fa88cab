# outcmp: exact
# Control flow in kernels: while with break/continue, elif chains, early return, bool arrays.
import numpy as np
from numba import cuda


@cuda.jit
def collatz(start, steps):
    i = cuda.grid(1)
    if i >= start.size:
        return
    n = start[i]
    c = 0
    while True:
        if n == 1:
            break
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        c += 1
    steps[i] = c


@cuda.jit
def classify(x, cls, flags):
    i = cuda.grid(1)
    if i < x.size:
        v = x[i]
        if v < -1.0:
            cls[i] = -2
        elif v < 0.0:
            cls[i] = -1
        elif v == 0.0:
            cls[i] = 0
        else:
            cls[i] = 1
        flags[i] = v > 0.5 or v < -2.5


@cuda.jit
def skip_odd(out):
    i = cuda.grid(1)
    total = 0
    for k in range(20):
        if k % 2 == 1:
            continue
        if k > 14:
            break
        total += k * i
    out[i] = total


start = np.arange(1, 17)
steps = np.zeros(16, dtype=np.int64)
collatz[2, 10](start, steps)
print(steps)
x = np.array([-3.0, -1.5, -0.5, 0.0, 0.25, 0.75, 2.0, -2.75])
cls = np.zeros(8, dtype=np.int8)
flags = np.zeros(8, dtype=np.bool_)
classify[1, 8](x, cls, flags)
print(cls, flags)
o = np.zeros(6, dtype=np.int64)
skip_odd[2, 3](o)
print(o)
