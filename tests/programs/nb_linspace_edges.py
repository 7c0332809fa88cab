# np.linspace in @njit at its edges: 0 and 1 samples, a negative count
# (Numba's np.empty: "negative dimensions not allowed"), equal bounds,
# integer and float bounds.
from numba import njit
import numpy as np


@njit
def lin(a, b, n):
    return np.linspace(a, b, n)


for args in [(0, 1, 0), (0, 1, 1), (0, 1, 2), (2.5, -1, 5), (3, 3, 4), (0, 1, -1), (0.1, 0.7, 7)]:
    try:
        print(args, lin(*args))
    except ValueError as e:
        print(args, "ValueError", e)
