# np.round / np.around of a scalar in @njit code (Numba's Round: the
# argument's type): rint, halves to even, in the float's width; with
# decimals, Numba's round_ndigits in float64 (also for float32 and ints:
# 1234 to -2 decimals is 1200), converted back.
import numpy as np
from numba import njit


@njit
def rounded(x):
    return np.round(x), np.around(x), np.round(x, 1), np.round(x, -1), np.around(x, 2)


@njit
def bin_centres(lo, hi, n):
    out = np.empty(n)
    w = (hi - lo) / n
    for i in range(n):
        out[i] = np.round(lo + (i + 0.5) * w, 3)
    return out


for v in (2.567, 2.5, 3.5, -0.5, -2.345, 1e300, np.inf, np.nan, np.float32(1.25), np.float32(2.675), 1234, -1250,
          np.int32(7), np.uint8(250)):
    print(rounded(v))
print(bin_centres(0.0, 1.0, 7))
