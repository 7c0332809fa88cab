# Numba's random.gauss inside @njit takes mu and sigma both (CPython
# 3.11's defaults are not in its signature): a TypingError at the call.
import random
from numba import njit


@njit
def draw():
    random.seed(1)
    return random.gauss()


print(draw())
