# np.full_like of a real array with a complex fill value is a TypingError
# in Numba 0.56 (the fill cannot be stored in a float array); streak
# refuses it too.
import numpy as np
from numba import njit


@njit
def filled(a):
    return np.full_like(a, 1 + 2j)


print(filled(np.zeros(3)))
