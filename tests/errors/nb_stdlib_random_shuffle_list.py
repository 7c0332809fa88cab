# random.shuffle inside @njit takes an array (a buffer), not a list, as in
# Numba 0.56: a TypingError at the call.
import random
from numba import njit


@njit
def mix(lst):
    random.seed(1)
    random.shuffle(lst)
    return lst


print(mix([1, 2, 3, 4]))
