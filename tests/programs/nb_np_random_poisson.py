# np.random.poisson inside @njit code: Knuth's method below lam 10, the
# PTRS rejection sampler above (NumPy's, as Numba's C helper has it).
import numpy as np
from numba import njit


@njit
def draws(seed, lam, n):
    np.random.seed(seed)
    out = np.empty(n, np.int64)
    for i in range(n):
        out[i] = np.random.poisson(lam)
    return out


@njit
def sized(seed, lam):
    np.random.seed(seed)
    return np.random.poisson(lam, 5), np.random.poisson(lam, (2, 2)), np.random.poisson()


@njit
def bad():
    return np.random.poisson(-1.0)


for lam in (0.0, 0.5, 3.0, 9.99, 10.0, 42.5, 1000.0, 1e6):
    print(lam, draws(1, lam, 8))
print(draws(2, 25.0, 2000).mean(), draws(3, 4.0, 2000).var())
print(sized(4, 2.0), sized(4, 30.0))
np.random.seed(1)
print(np.random.poisson(3.0), np.random.poisson(50.0))
try:
    bad()
except ValueError as e:
    print("ValueError:", e)
