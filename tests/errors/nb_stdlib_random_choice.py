# random.choice is not among the stdlib random functions Numba 0.56
# compiles inside @njit (nor sample, choices, Random): a TypingError that
# names the file and the line.
import random
import numpy as np
from numba import njit


@njit
def pick(a):
    random.seed(1)
    return random.choice(a)


print(pick(np.arange(10)))
