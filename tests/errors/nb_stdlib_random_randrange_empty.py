# random.randrange with an empty range inside @njit raises Numba's
# ValueError at run time (its message, not CPython's "empty range in
# randrange(5, 5)"), from the jitted call's line.
import random
from numba import njit


@njit
def draw(lo, hi):
    random.seed(0)
    return random.randrange(lo, hi)


print(draw(0, 5))
print(draw(5, 5))
