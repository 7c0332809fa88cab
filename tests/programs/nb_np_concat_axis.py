# np.concatenate and np.stack with axis= inside @njit code (axis 0, and
# the last axis of 2-d / 1-d arrays), C-contiguous results as in Numba.
import numpy as np
from numba import njit


@njit
def concat(m, n):
    return np.concatenate((m, n), axis=1), np.concatenate((m, n), axis=0), np.concatenate((m, n, m), axis=-1), np.concatenate((m, n), 0)


@njit
def stack(a, b):
    return np.stack((a, b), axis=1), np.stack((a, b, a), axis=-1), np.stack((a, b), axis=0), np.stack((a, b, b, a), 1)


m = np.arange(6).reshape(2, 3)
for part in concat(m, m + 10):
    print(part)
for part in concat(np.arange(6.0).reshape(2, 3), m[:, ::-1]):
    print(part)
a = np.arange(3.0)
for part in stack(a, a * 2):
    print(part)
print(stack(np.arange(4)[::2], np.array([7, 8], dtype=np.int32))[0])
r = concat(m, m)[0]
print(r.flags.c_contiguous, stack(a, a)[0].flags.c_contiguous)
