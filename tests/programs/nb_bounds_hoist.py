# Bounds checks of a[v + c] in `for v in range(...)` are tested once before
# the loop when the loop assigns neither v nor a; where that test fails
# (an index below zero that wraps; one past the end raises IndexError:
# tests/errors/nb_index_hoisted.py), every access is checked and wraps as
# before.
import numpy as np
from numba import njit, prange


@njit
def shifted_sum(a, lo, hi, c):
    s = 0.0
    for i in range(lo, hi):
        s += a[i + c] * (i + 1)
    return s


@njit
def smooth(a):
    out = np.zeros_like(a)
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


@njit
def wraps(a):
    # i - 1 is -1 in the first iteration: a[-1], the last element
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i - 1] * i
    return s


@njit
def grid(u):
    n, m = u.shape
    t = 0.0
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            t += u[i - 1, j] + u[i + 1, j] - u[i, j - 1] * u[i, j + 1]
    return t


@njit
def rebinds(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
        if i == 2:
            a = b  # the loop assigns a: its accesses keep their checks
    return s


@njit
def skips(a):
    s = 0
    for i in range(0, a.shape[0], 3):
        s += a[i]
    return s


@njit
def var_moves(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
        i = i * 2  # assigned in the body: not proven
        s += i
    return s


@njit(parallel=True)
def steps_par(a, steps):
    # a prange loop inside a proven loop: its chunk function cannot see the
    # outer loop's flag (a local of the parent function)
    out = np.zeros(a.shape[0])
    for t in range(steps):
        x = a[t]
        for i in prange(a.shape[0]):
            out[i] += a[t] * i + x
    return out


a = np.arange(10.0)
print(steps_par(a, 5))
print(shifted_sum(a, 0, 10, 0), shifted_sum(a, 2, 8, -2), shifted_sum(a, 0, 5, 5), shifted_sum(a, 3, 3, 100))
print(shifted_sum(a, 0, 3, -4), shifted_sum(a, 0, 10, -10))
print(smooth(a))
print(wraps(a))
print(grid(np.arange(30.0).reshape(5, 6)))
print(rebinds(np.ones(5), np.arange(100.0)))
print(skips(np.arange(11)))
print(var_moves(np.arange(6)))
