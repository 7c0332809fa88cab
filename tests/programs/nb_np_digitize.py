# np.digitize inside @njit code (Numba's bisection: bins increasing or
# decreasing, right=, NaNs at its ends).
import numpy as np
from numba import njit


@njit
def dig(x, bins):
    return np.digitize(x, bins), np.digitize(x, bins, True), np.digitize(x, bins, right=False)


x = np.array([-1.0, 0.0, 0.5, 1.0, 2.5, 4.0, 10.0, np.nan])
print(dig(x, np.array([0.0, 1.0, 2.5, 4.0])))
print(dig(x, np.array([4.0, 2.5, 1.0, 0.0])))
print(dig(x, np.array([0.0, 1.0, np.nan])))
print(dig(np.array([[1, 5], [3, 7]]), np.array([2, 4, 6])))
print(dig(x, np.zeros(0)), dig(x[:3], np.array([1.0])))
try:
    dig(x, np.array([1.0, 3.0, 2.0]))
except ValueError as e:
    print("ValueError:", e)
