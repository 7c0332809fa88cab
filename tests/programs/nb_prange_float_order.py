# Float prange reductions add up in Numba's order: one chunk per thread,
# the first n % threads chunks one iteration longer, each from the
# identity, combined in chunk order onto the initial value, also for
# loops too short to run on the threads.
import numpy as np
from numba import njit, prange, set_num_threads

set_num_threads(2)  # the results depend on the thread count (the machine has 2 cores)
@njit(parallel=True)
def psum(x):
    s = 0.0
    for i in prange(x.size):
        s += x[i]
    return s
@njit(parallel=True)
def pprod(x):
    s = 1.0
    for i in prange(x.size):
        s *= x[i]
    return s
@njit(parallel=True)
def pcond(x):
    s = 0.5
    t = 0.0
    for i in prange(x.size):
        if x[i] > 0.3:
            s += x[i]
        t -= x[i] * 0.5
    return s, t
np.random.seed(1)
for n in list(range(1, 40)) + [100, 101, 1001, 9999, 10001, 100003, 1000003]:
    x = np.random.random(n)
    print(n, psum(x), pprod(x + 0.5), pcond(x))
print(psum(np.full(7, 0.1)), psum(np.arange(1000003) * 0.1))
