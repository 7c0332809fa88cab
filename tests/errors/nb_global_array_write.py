# A global array is a frozen constant in @njit code: storing into it is a
# TypingError (Numba: cannot modify a readonly array).
import numpy as np
from numba import njit
G = np.zeros(3)
@njit
def bad(i):
    G[i] = 1.0
    return G[i]
print(bad(1))
