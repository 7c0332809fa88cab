# outcmp: exact
import random
import numba
import numpy as np


def mc_pi_python(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x*x + y*y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@numba.njit
def mc_pi_numba(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x*x + y*y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@numba.njit
def seed(s):
    np.random.seed(s)


random.seed(0)
print(mc_pi_python(10000))
seed(42)
for n in [10, 100, 1000, 10000, 100000]:
    print(n, mc_pi_numba(n))


def mc_pi_interp(n):
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x*x + y*y <= 1.0:
            inside += 1
    return 4.0 * inside / n


seed(7)
a = mc_pi_numba(5000)
np.random.seed(7)
b = mc_pi_interp(5000)
print(a, b, a == b)
