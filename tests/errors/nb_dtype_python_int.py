# Python's int as a dtype in @njit code is a TypingError in Numba 0.56:
# the message says which NumPy dtype to use and names the file and line.
import numpy as np
from numba import njit


@njit
def counts(labels, k):
    c = np.zeros(k, dtype=int)
    for v in labels:
        c[v] += 1
    return c


print(counts(np.array([0, 1, 1]), 2))

# oracle: differs -- the .tb pins streak's whole TypingError; Numba's traceback runs
#   through its own sources (the exit status and the last line agree)
