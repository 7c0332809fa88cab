# prange in a parallel function refuses what Numba's parfor pass refuses
# (UnsupportedRewriteError): a step other than 1, += and -= on one reduction
# variable; without parallel=True prange is range.
import numpy as np
from numba import njit, prange
@njit(parallel=True)
def a(n):
    s = 0
    for i in prange(0, n, 2):
        s += i
    return s
@njit(parallel=True)
def b(n):
    s = 0
    for i in prange(n):
        if i % 2: s += i
        else: s -= 1
    return s
for f, args in [(a, (10,)), (b, (10,))]:
    try: print(f(*args))
    except Exception as ex: print(type(ex).__name__, str(ex).split("\n")[1])
@njit
def a(n):
    s = 0
    for i in prange(0, n, 2):
        if i % 4: s += i
        else: s -= 1
    return s
print(a(10))
