# The stdlib's random.* in a prange loop of a parallel=True function: Numba
# draws from each thread's own state (seeded by the OS where the thread
# did not seed it), so only properties of the draws are printed, not their
# values.
import random
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def fill(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = random.random() + random.uniform(2.0, 3.0) + random.randint(10, 12) + random.gauss(0.0, 0.0)
    return out


@njit(parallel=True)
def counts(n):
    c = np.zeros(n, np.int64)
    for i in prange(n):
        c[i] = random.randrange(5) + random.getrandbits(3)
    return c


out = fill(20000)
print(out.shape, bool(np.all((out >= 12.0) & (out < 16.0))))
c = counts(20000)
print(c.min() >= 0, c.max() <= 11)
