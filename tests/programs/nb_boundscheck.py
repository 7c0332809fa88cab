# outcmp: exact
from numba import njit
import numpy as np


@njit(boundscheck=True)
def get(a, i):
    return a[i]


@njit(boundscheck=True)
def set2(m, i, j, v):
    m[i, j] = v
    return m.sum()


a = np.arange(5) * 10
print(get(a, 0), get(a, 4), get(a, -1), get(a, -5))
for i in [5, -6, 100]:
    try:
        get(a, i)
    except IndexError as e:
        print("IndexError", i)
m = np.zeros((2, 3))
print(set2(m, 1, 2, 5.0))
try:
    set2(m, 2, 0, 1.0)
except IndexError as e:
    print("IndexError", type(e).__name__)
print(m)
