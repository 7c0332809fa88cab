# CPython compiles no code for the dead branch of a constant test (`if 0:`,
# `x if False else y`, `while 0:`), so Numba never types it: a branch that
# would not type, or would give another type, does not matter.
import numpy as np
from numba import njit


@njit
def stmts(a):
    if False:
        b = a.dtype.itemsize
    else:
        b = 1
    if 1:
        c = 2
    else:
        c = "x"
    while 0:
        c = "y"
    else:
        c += 1
    return b, c


@njit
def exprs(a):
    return (a.dtype.itemsize if False else 0), ("s" if 0 else 3.5), (a.foo if None else 1), (np.ones_like(a) if True else "no")


@njit
def flags(n):
    DEBUG = 0
    t = 0
    for i in range(n):
        if 0:
            print("never", i)
        t += i if 1 else "x"
    return t, DEBUG


print(stmts(np.zeros(3)))
print(exprs(np.zeros(3)))
print(flags(5))
