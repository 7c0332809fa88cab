# typed.Dict arguments of @njit functions (a dict returned by one, passed to
# others): changes are seen by the caller, also when the call raises; a
# list argument is written back after a raise too.
import numpy as np
from numba import njit

@njit
def build(n):
    d = {}
    for i in range(n):
        d[i] = i * 0.5
    return d

@njit
def total(d):
    s = 0.0
    for k, v in d.items():
        s += k * v
    return s, len(d), d[2], 5 in d

@njit
def bump(d, k):
    d[k] = d.get(k, 0.0) + 10.0
    del d[0]
    return len(d)

d = build(4)
print(d, total(d))
print(bump(d, 2), d)
try:
    bump(d, 9)
except KeyError:
    print("KeyError", d)
print(total(d))
@njit
def raise_after_append(l):
    l.append(5)
    raise ValueError("x")
x = [1, 2]
try:
    raise_after_append(x)
except ValueError:
    print(x)
