# list(iterable) in @njit code (ranges, arrays, lists, dict views), list(),
# sorted() of a dict view.
import numpy as np
from numba import njit
@njit
def f(n, a):
    d = {3: 1.0, 1: 2.0}
    x = list(range(n))
    y = list(a)
    z = list(x)
    z.append(-1)
    k = sorted(d.keys())
    v = list(d.values())
    e = list()
    e.append(2.5)
    return x, y, z, k, v, e, list(range(2, 10, 3))
print(f(4, np.arange(3.0)))
