# The stdlib's random distributions inside @njit, as Numba 0.56 computes
# them (numba/cpython/randomimpl.py) on its own state: gauss is NumPy's
# polar method with a cached second value (shared with normalvariate and
# lognormvariate, cleared by seed), triangular draws before it tests its
# bounds, gammavariate is CPython's (Cheng, expovariate, GS) and the rest
# CPython's formulas; integer arguments are taken as floats.
import math
import random
from numba import njit


@njit
def scalars(s):
    random.seed(s)
    return (random.uniform(1.0, 2.0), random.uniform(5, -3), random.gauss(0.0, 1.0), random.gauss(10.0, 0.5),
            random.normalvariate(1.0, 2.0), random.normalvariate(0, 1), random.lognormvariate(0.0, 1.0),
            random.lognormvariate(1, 0.25), random.expovariate(1.5), random.expovariate(3),
            random.paretovariate(2.0), random.paretovariate(1), random.weibullvariate(1.0, 2.0),
            random.weibullvariate(2, 0.5))


@njit
def triangles(s):
    random.seed(s)
    return (random.triangular(0.0, 1.0), random.triangular(0, 10), random.triangular(0.0, 10.0, 2.0),
            random.triangular(5.0, 1.0, 4.0), random.triangular(3.0, 3.0, 3.0), random.random())


@njit
def gammas(s):
    random.seed(s)
    return (random.gammavariate(2.5, 1.0), random.gammavariate(9.0, 0.5), random.gammavariate(1.0, 2.0),
            random.gammavariate(0.5, 1.0), random.gammavariate(0.05, 3.0), random.gammavariate(1, 1))


@njit
def betas(s):
    random.seed(s)
    return (random.betavariate(2.0, 3.0), random.betavariate(0.5, 0.5), random.betavariate(0.01, 1.0),
            random.betavariate(1, 1))


@njit
def vonmises(s):
    random.seed(s)
    return (random.vonmisesvariate(1.0, 2.0), random.vonmisesvariate(0.0, 0.0), random.vonmisesvariate(-1.0, 3.0),
            random.vonmisesvariate(4.0, 50.0), random.vonmisesvariate(2, 1))


@njit
def means(s, n):
    random.seed(s)
    g = 0.0
    e = 0.0
    a = 0.0
    b = 0.0
    for i in range(n):
        g += random.gauss(1.0, 2.0)
        e += random.expovariate(0.5)
        a += random.gammavariate(3.0, 2.0)
        b += random.betavariate(2.0, 5.0)
    return g / n, e / n, a / n, b / n


# the cached second gauss value: used by the next gauss/normalvariate/
# lognormvariate, dropped by seed
@njit
def gauss_cache(s):
    random.seed(s)
    a = random.gauss(0.0, 1.0)
    b = random.normalvariate(0.0, 1.0)
    c = random.lognormvariate(0.0, 1.0)
    random.seed(s)
    d = random.gauss(0.0, 1.0)
    e = random.random()
    f = random.gauss(0.0, 1.0)
    return a, b, math.log(c), d, e, f


@njit
def gamma_bad(alpha, beta):
    return random.gammavariate(alpha, beta)


@njit
def expo_zero():
    return random.expovariate(0.0)


for s in [0, 7, 123]:
    print(s, scalars(s))
    print(triangles(s))
    print(gammas(s))
    print(betas(s))
    print(vonmises(s))
    print(gauss_cache(s))
print(means(11, 20000))

for args in [(-1.0, 1.0), (1.0, 0.0), (0.0, 2.0)]:
    try:
        gamma_bad(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    expo_zero()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
