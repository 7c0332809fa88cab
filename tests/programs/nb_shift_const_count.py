# Shifts by a count >= 64 in @njit code: LLVM folds a constant count to
# poison, which Numba's code returns as 0 (also for negative values and
# for >>); a count known only at run time is masked by the machine.
import numpy as np
from numba import njit


@njit
def lit(x):
    return x << 70, x >> 70, x << 64, x >> 64, x << 100, x << 63, x >> 63, x << -1, x >> -1


@njit
def local(x):
    s = 70
    return x << s, x >> s


@njit
def aug(x):
    y = x
    y <<= 65
    z = x
    z >>= 66
    return y, z


@njit
def runtime(x, s):
    return x << s, x >> s


@njit
def small(x):
    y = np.int32(x)
    z = np.uint8(x)
    return y << 40, y >> 40, y << 33, z << 9, z >> 9, z << 70


print(lit(1), lit(-8), lit(12345))
print(local(3), local(-3))
print(aug(5), aug(-5))
print(runtime(1, 70), runtime(-8, 70), runtime(1, 64), runtime(5, 3))
print(small(3), small(-3))
