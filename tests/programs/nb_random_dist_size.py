# np.random distributions with a size in @njit code (Numba draws one value
# an element, in C order, on its own stream); a size by keyword after the
# parameters too. Without the parameters (exponential(size=3)) Numba
# refuses it: a TypingError.
import numpy as np
from numba import njit
from numba.core.errors import TypingError


@njit
def sized(n):
    np.random.seed(3)
    return (np.random.exponential(1.5, n), np.random.exponential(1.5, (2, 2)), np.random.lognormal(0.0, 1.0, n),
            np.random.laplace(0.0, 1.0, n), np.random.logistic(0.0, 1.0, n), np.random.gumbel(0.0, 1.0, n),
            np.random.rayleigh(1.0, n), np.random.pareto(2.0, n), np.random.weibull(2.0, n),
            np.random.standard_exponential(n), np.random.exponential(2.0, size=n), np.random.poisson(3.0, n),
            np.random.exponential(3))


@njit
def no_params(n):
    return np.random.exponential(size=n)


for x in sized(3):
    print(x)
try:
    no_params(3)
except TypingError:
    print("TypingError")
