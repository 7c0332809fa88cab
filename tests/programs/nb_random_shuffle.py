# outcmp: exact
from numba import njit
import numpy as np


@njit
def shuffled(seed, n):
    np.random.seed(seed)
    a = np.arange(n)
    np.random.shuffle(a)
    return a


@njit
def perm(seed, n):
    np.random.seed(seed)
    return np.random.permutation(n)


@njit
def pick(seed, n):
    np.random.seed(seed)
    return np.random.choice(n), np.random.randint(5, 10)


for s in [1, 2, 12345]:
    a = shuffled(s, 10)
    np.random.seed(s)
    b = np.arange(10)
    np.random.shuffle(b)
    print(s, a, b, np.array_equal(a, b))
p = perm(7, 8)
np.random.seed(7)
print(p, np.random.permutation(8))
print(pick(5, 100))
