# An interpreted hot loop (traced and compiled under -j) that calls @njit
# functions drawing from the stdlib's random and draws from the
# interpreter's random itself: the jitted calls take Numba's state, the
# traced draws CPython's, each stream number for number.
import random
import numpy as np
from numba import njit

@njit
def d():
    return random.random()

@njit
def seed(s):
    random.seed(s)

@njit
def g(mu):
    return random.gauss(mu, 1.0) + random.randint(1, 3)

seed(1)
random.seed(2)
s = 0.0
t = 0.0
for i in range(5000):
    s += d()
    t += random.random()
    if i % 1000 == 0:
        print(i, s, t)
u = 0.0
for i in range(3000):
    u += g(0.5) + random.gauss(0.0, 1.0) + random.randint(1, 3)
print(s, t, u)
