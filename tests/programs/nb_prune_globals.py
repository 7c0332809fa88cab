# Numba 0.56's dead branch pruning on `arg is None` / `arg is not None`
# (the dead branch, and what follows a pruned branch's return, is not
# typed), and global strs and tuples frozen as constants.
import numpy as np
from numba import njit

PREFIX = "id-"
SIZES = (1, 2, 3)
MIXED = (1, 2.5, "x", (4, "y"))


@njit
def add_opt(a, b=None):
    if b is None:
        return a
    return a + b


@njit
def kinds(x, y=None):
    if y is None:
        return 1
    return 2.5


@njit
def scale(a, w=None):
    out = a.copy()
    if w is not None:
        out *= w
    else:
        out += 1.0
    return out


@njit
def label(i):
    return PREFIX + str(i), SIZES[i], len(SIZES), MIXED[2] + MIXED[3][1], MIXED[1] * 2


print(add_opt(1), add_opt(1, 2), add_opt(1.5, None))
print(kinds(1), kinds(1, 2))
print(scale(np.arange(3.0)), scale(np.arange(3.0), 2.0))
print(label(1))
