# np.sign in @njit of a bool (scalar or array) takes NumPy's int8 loop (sign
# has no bool loop), while np.abs keeps bool; other dtypes keep theirs.
from numba import njit
import numpy as np


@njit
def f(x):
    return np.sign(x), np.abs(x), np.absolute(x)


for x in [True, np.array([True, False]), np.array([-2, 3], dtype=np.int8), np.uint8(3), -2.5, np.array([-0.0, np.nan])]:
    r = f(x)
    print([(v, getattr(v, 'dtype', type(v).__name__)) for v in r])
