# raise and assert in @njit code (Numba: built-in exception classes, constant
# arguments), also inside loops, prange chunks and with odd message bytes.
import numpy as np
from numba import njit, prange
@njit
def f(x):
    if x < 0:
        raise ValueError("negative value")
    return x
try:
    f(-1)
except ValueError as e:
    print("ValueError", e, e.args)
print(f(3))
@njit
def g(a, i):
    if i >= a.shape[0]:
        raise IndexError("index", 7, 2.5, None, True)
    return a[i]
try:
    g(np.arange(3.0), 5)
except IndexError as e:
    print("IndexError", e.args)
@njit
def h(x):
    assert x > 0, "x must be positive"
    assert x < 100
    return x * 2
print(h(5))
for v in (-1, 200):
    try:
        h(v)
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
@njit
def bare(x):
    if x:
        raise KeyError
    return 1
try:
    bare(1)
except KeyError as e:
    print("KeyError", e.args)
@njit(parallel=True)
def par(a):
    s = 0.0
    for i in prange(a.shape[0]):
        if a[i] < 0:
            raise ValueError("negative in prange")
        s += a[i]
    return s
print(par(np.arange(10.0)))
try:
    par(np.array([1.0, -1.0, 2.0]))
except ValueError as e:
    print("ValueError", e)
@njit
def loop(n):
    t = 0
    for i in range(n):
        if i == 50:
            raise RuntimeError("stop at 50")
        t += i
    return t
try:
    loop(100)
except RuntimeError as e:
    print("RuntimeError", e)
@njit
def f(x):
    if x == 1:
        raise ValueError('quote " back \\ q?? new\nline tab\t ünï ∑')
    if x == 2:
        raise OverflowError(-3, -2.5e-300, False, "")
    return 0
for v in (1, 2):
    try:
        f(v)
    except Exception as e:
        print(type(e).__name__, e.args)
