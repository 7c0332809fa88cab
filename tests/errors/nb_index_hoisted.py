# One index past the end in the last iteration: the test before the loop
# fails, so the access keeps its check and raises.
import numpy as np
from numba import njit


@njit
def shifted_sum(a, c):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i + c]
    return s


print(shifted_sum(np.arange(10.0), 0))
print(shifted_sum(np.arange(10.0), 1))
# oracle: differs -- SPEC.md: streak checks array bounds in @njit code by
#   default; Numba reads out of bounds silently
