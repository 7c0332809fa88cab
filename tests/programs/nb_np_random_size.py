# np.random.uniform/normal/randint/choice with a size inside @njit code:
# the scalar draws in C order, so the stream is Numba's (and NumPy's for
# uniform, randint with a size and choice without replacement).
import numpy as np
from numba import njit


@njit
def draws(seed, n):
    np.random.seed(seed)
    u = np.random.uniform(1.0, 2.0, n)
    g = np.random.normal(0.0, 2.0, (2, n))
    r = np.random.randint(0, 10, n)
    r2 = np.random.randint(-5, 5, size=(n, 2))
    return u, g, r, r2


@njit
def choices(seed, a, n):
    np.random.seed(seed)
    return np.random.choice(a, n), np.random.choice(a, (2, 2)), np.random.choice(a, n, replace=False), np.random.choice(10, n), np.random.choice(10, n, False)


@njit
def too_many(a):
    return np.random.choice(a, 9, replace=False)


for part in draws(1, 3):
    print(part)
print(draws(7, 0)[0], draws(7, 1)[2])
for part in choices(4, np.array([1.5, 2.5, 3.5, 4.5, 5.5]), 3):
    print(part)
np.random.seed(4)
print(np.random.uniform(1.0, 2.0, 3))
try:
    too_many(np.arange(5.0))
except ValueError as e:
    print("ValueError:", e)
