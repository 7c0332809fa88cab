# np.interp inside @njit code: Numba's port of NumPy's arr_interp (the
# guessed binary search, precomputed slopes, NaN handling).
import numpy as np
from numba import njit


@njit
def interp(x, xp, fp):
    return np.interp(x, xp, fp)


xp = np.array([0.0, 1.0, 2.5, 4.0, 5.0, 7.0, 8.0])
fp = np.array([1.0, 3.0, -1.0, 0.5, 2.0, 2.0, 10.0])
for x in (-1.0, 0.0, 0.5, 2.5, 3.3, 7.9, 8.0, 9.0, np.nan):
    print(x, interp(x, xp, fp))
print(interp(np.linspace(-1.0, 9.0, 21), xp, fp))
print(interp(np.array([[0.25, 6.0], [4.5, 7.5]]), xp, fp))
print(interp(np.array([1.5]), xp, fp), interp(3, np.array([1, 2, 4]), np.array([10, 20, 40])))
print(interp(2.0, np.array([1.0]), np.array([5.0])), interp(np.arange(3.0), np.array([1.0]), np.array([5.0])))
print(interp(np.array([0.5, 1.0, 1.5]), np.array([0.0, 1.0, 1.0, 2.0]), np.array([0.0, np.inf, 1.0, 2.0])))
for bad in ((np.zeros(0), np.zeros(0)), (xp, fp[:3])):
    try:
        interp(1.0, bad[0], bad[1])
    except ValueError as e:
        print("ValueError:", e)
