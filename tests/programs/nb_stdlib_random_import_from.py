# outcmp: exact
# The stdlib's random functions imported by name (from random import ...)
# are the same functions inside @njit: Numba's state and algorithms, the
# interpreter's names untouched.
from random import random, seed, gauss as normal_draw, randint, shuffle
import random as rnd
import numpy as np
from numba import njit


@njit
def draws(s):
    seed(s)
    a = np.arange(6)
    shuffle(a)
    return random(), normal_draw(0.0, 1.0), randint(1, 10), rnd.random(), a


for s in [3, 4]:
    print(draws(s))
seed(3)
print(random(), randint(1, 10))
