# Calls between @njit functions with keyword arguments: bound by name to
# the callee's parameters, the rest from its defaults; binding errors are
# TypingErrors at compile time.
import numpy as np
from numba import njit
from numba.core.errors import TypingError


@njit
def scale(x, k=2.0, off=0.0):
    return x * k + off


@njit
def clamp(v, lo=0, hi=10):
    return min(max(v, lo), hi)


@njit
def user(a):
    s = 0.0
    n = 0
    for i in range(a.shape[0]):
        s += scale(a[i]) + scale(a[i], 3.0) + scale(a[i], off=1.0) + scale(k=0.5, x=a[i])
        s += scale(off=-1.0, k=a[i], x=2.0)
        n += clamp(i * 3, hi=7) + clamp(lo=i, v=2)
    return s, n


@njit
def order(a):
    # keyword values are evaluated in the order written
    return scale(off=a[0], x=a[1], k=a[2])


@njit
def bad_name(x):
    return scale(x, y=1.0)


@njit
def bad_twice(x):
    return scale(x, x=1.0)


@njit
def bad_missing(x):
    return scale(k=x)


a = np.arange(6.0)
print(user(a))
print(order(np.array([1.0, 2.0, 3.0])))
print(scale(2.0, off=1.0), scale(x=1.0, k=4.0), clamp(12, lo=3))
for f in (bad_name, bad_twice, bad_missing):
    try:
        f(1.0)
        print("no error")
    except TypingError:
        print(f.__name__, "TypingError")
