# outcmp: exact
import numpy as np
import numba
from numba import njit


from numba.core.errors import TypingError

@njit
def bad(a):
    return a.nonexistent_attribute

try:
    bad(np.arange(3))
except TypingError as e:
    print("TypingError caught")

@njit
def bad2(a):
    return undefined_name + a

try:
    bad2(1)
except TypingError:
    print("TypingError again")
