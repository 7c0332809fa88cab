# np.random functions given a tuple size in @njit code (np.random.random((2, 2))
# & co.): the tuple reaches NumPy's generator as a tuple, on Numba's stream.
import numpy as np
from numba import njit


@njit
def draws(n):
    np.random.seed(1)
    a = np.random.random((2, 2))
    b = np.random.normal(1.0, 2.0, (2, 3))
    c = np.random.uniform(0, 1, (n,))
    d = np.random.randint(0, 5, (2, n))
    e = np.random.random(3)
    f = np.random.standard_normal((n, 1))
    return a, b, c, d, e, f


for x in draws(3):
    print(x)
