# np.random distributions computed from random() inside @njit code
# (exponential, lognormal, laplace, logistic, gumbel, rayleigh, pareto,
# weibull): Numba's formulas on the same MT19937 stream.
import numpy as np
from numba import njit


@njit
def dists(seed):
    np.random.seed(seed)
    return (np.random.exponential(), np.random.exponential(2.5), np.random.standard_exponential(),
            np.random.lognormal(), np.random.lognormal(1.0, 0.5), np.random.laplace(), np.random.laplace(1.0, 2.0),
            np.random.logistic(), np.random.logistic(-1.0, 0.5), np.random.gumbel(0.5, 2.0),
            np.random.rayleigh(), np.random.rayleigh(3.0), np.random.pareto(2.0), np.random.weibull(1.5))


@njit
def mean_exp(n, scale):
    s = 0.0
    for i in range(n):
        s += np.random.exponential(scale)
    return s / n


@njit
def bad_rayleigh():
    return np.random.rayleigh(-1.0)


for part in dists(3):
    print(part)
print(dists(11)[:4])
np.random.seed(5)
print(mean_exp(1000, 2.0), np.random.exponential(scale=0.5))
try:
    bad_rayleigh()
except ValueError as e:
    print("ValueError:", e)
