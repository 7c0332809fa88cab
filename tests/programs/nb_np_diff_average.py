# np.diff with an order and on 2-d arrays, np.average (Numba's: axis= is
# ignored without weights, a TypeError with them), np.flatnonzero,
# np.triu and np.tril inside @njit code.
import numpy as np
from numba import njit


@njit
def diffs(a, m, n):
    return np.diff(a, n), np.diff(m), np.diff(m, n=n)


@njit
def avg(a, w):
    return np.average(a), np.average(a, weights=w), np.average(a, None, w)


@njit
def avg_axis(m):
    return np.average(m, axis=0), np.average(m, 1)


@njit
def avg_axis_w(m, w):
    return np.average(m, 0, w)


@njit
def nz(a):
    return np.flatnonzero(a)


@njit
def tri(m, k):
    return np.triu(m), np.tril(m), np.triu(m, k), np.tril(m, -k)


a = np.array([1.0, 4.0, 9.0, 16.0, 25.0, 36.0])
m = np.array([[1, 3, 7, 15], [2, 2, -1, 8]])
for n in (0, 1, 2, 3, 7):
    print(n, diffs(a, m, n))
print(diffs(a.astype(np.int32), m.astype(np.float32), 2))
try:
    diffs(a, m, -1)
except ValueError as e:
    print("ValueError:", e)

print(avg(a, np.arange(6.0)), avg(np.array([1, 2, 4]), np.array([3, 1, 1])))
print(avg_axis(np.arange(6.0).reshape(2, 3)))
for w in (np.zeros(6), np.ones(3)):
    try:
        print(avg(a, w))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    avg_axis_w(m, np.ones(8).reshape(2, 4))
except TypeError as e:
    print("TypeError:", e)

print(nz(np.array([0, 3, 0, -1])), nz(m > 2), nz(np.zeros(3)))
for part in tri(np.arange(1.0, 13.0).reshape(3, 4), 1):
    print(part)
print(tri(m, 2)[2:])
