# outcmp: exact
import numpy as np
import numba
from numba import njit


@njit
def bad(x):
    return x + "a"

try:
    bad(1)
except numba.core.errors.TypingError as e:
    print(type(e).__name__)
print(issubclass(numba.TypingError, Exception))
