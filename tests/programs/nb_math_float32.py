# math.* and np.* functions of float32 scalars in @njit are float32, computed
# by the float functions (sqrtf, sinf …) as Numba calls them; degrees and
# radians multiply by the constant rounded to float32.
import math

import numpy as np
from numba import njit


@njit
def with_math(x):
    return (math.sqrt(x), math.sin(x), math.exp(x), math.log(x), math.atan(x), math.erf(x), math.tanh(x),
            math.fabs(x), math.gamma(x), math.floor(x), math.degrees(x), math.radians(x), math.atan2(x, x))


@njit
def with_numpy(x):
    return np.sqrt(x), np.sin(x), np.exp(x), np.log(x), np.arctan(x), np.tanh(x), np.arctan2(x, x)


@njit
def sum_sin_sqrt(a):
    s = np.float32(0)
    for x in a:
        s += math.sin(x) * math.sqrt(x)
    return s


for v in (0.3, 1.7, 2.5, 10.25):
    print(with_math(np.float32(v)))
    print(with_math(v))
    print(with_numpy(np.float32(v)))
    print(with_numpy(v))
print(sum_sin_sqrt(np.linspace(0.1, 5, 50).astype(np.float32)))
print(with_math(3), with_numpy(3))
