# enumerate() and zip() in list comprehensions inside @njit (over arrays,
# ranges and lists; the shortest wins).
import numpy as np
from numba import njit
@njit
def f(a, b):
    l = [i * x for i, x in enumerate(a)]
    m = [x + y for x, y in zip(a, b) if x > 0]
    n = [i + j for i, j in zip(range(3), [10, 20, 30, 40])]
    return l, m, n, [k for k, v in enumerate(l) if v > 1]
print(f(np.arange(4.0), np.ones(4)))
