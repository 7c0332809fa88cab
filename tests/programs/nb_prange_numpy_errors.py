# prange bodies follow the numpy error model, as Numba compiles parfors:
# division and remainder by zero give inf/nan (0 for ints), no exception.
import numpy as np
from numba import njit, prange
@njit(parallel=True)
def p1(a, k):
    s = 0.0
    for i in prange(len(a)):
        s += a[i] / k
    return s
@njit(parallel=True)
def p2(a, k):
    s = 0.0
    for i in prange(len(a)):
        s += a[i] % k
    return s
@njit(parallel=True)
def p3(a, k):
    s = 0.0
    for i in prange(len(a)):
        q, r = divmod(a[i], k)
        s += r
    return s
@njit(parallel=True)
def p4(a, k):
    s = 0
    for i in prange(len(a)):
        s += a[i] // k
    return s
for f, args in ((p1, (np.arange(4.0), 0.0)), (p2, (np.arange(4.0), 0.0)), (p3, (np.arange(4.0), 0.0)), (p4, (np.arange(4), 0))):
    try:
        print(f(*args))
    except ZeroDivisionError as e:
        print("ZDE", e)
@njit(parallel=True)
def p4(a, k):
    s = 0
    for i in prange(len(a)):
        s += a[i] // k
    return s
@njit(parallel=False)
def p5(a, k):
    s = 0
    for i in prange(len(a)):
        s += a[i] // k
    return s
print(p4(np.arange(20000), 0), p4(np.arange(3), 0))
try:
    print(p5(np.arange(3), 0))
except ZeroDivisionError as e:
    print("ZDE", e)
