# random.getrandbits(k) inside @njit takes 1 <= k <= 64 (Numba's
# OverflowError otherwise; CPython's interpreter takes any k >= 0).
import random
from numba import njit


@njit
def bits(k):
    random.seed(0)
    return random.getrandbits(k)


print(bits(64))
print(random.getrandbits(65) > 0)
print(bits(65))
