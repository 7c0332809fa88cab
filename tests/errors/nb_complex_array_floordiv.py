# a // b of complex arrays is a TypingError in Numba 0.56 (no complex loop
# of floor_divide); streak raised NumPy's TypeError when the call ran.
import numpy as np
from numba import njit


@njit
def quotient(a, b):
    q = a // b
    return q


z = np.array([1 + 2j, 3 - 1j])
print(quotient(z, z))
