# outcmp: exact
from numba import njit
import numpy as np


@njit
def draws(seed):
    np.random.seed(seed)
    a = np.random.random()
    b = np.random.randint(0, 100)
    c = np.random.uniform(1.0, 2.0)
    arr = np.random.random(3)
    return a, b, c, arr


for s in [0, 42, 12345]:
    a, b, c, arr = draws(s)
    np.random.seed(s)
    a2 = np.random.random()
    b2 = np.random.randint(0, 100)
    c2 = np.random.uniform(1.0, 2.0)
    arr2 = np.random.random(3)
    print(s, a, b, c, arr)
    print(a == a2, b == b2, c == c2, np.array_equal(arr, arr2))
