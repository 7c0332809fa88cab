# outcmp: exact
from numba import njit
import numpy as np


@njit(cache=True)
def cumulative(a):
    out = np.empty_like(a)
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
        out[i] = s
    return out


@njit(cache=True)
def poly(x):
    return 3 * x * x - 2 * x + 1


print(cumulative(np.arange(10)), cumulative(np.arange(5.0)))
print(poly(2), poly(0.5), poly(-1))
print(np.array_equal(cumulative(np.arange(100)), np.cumsum(np.arange(100))))
print(len(cumulative.signatures))
