# np.searchsorted, np.bincount and np.histogram inside @njit code, as
# Numba 0.56 computes them (its binary search, its bin edges).
import numpy as np
from numba import njit


@njit
def search(a, v):
    return np.searchsorted(a, v), np.searchsorted(a, v, side='right'), np.searchsorted(a, v, side='left')


@njit
def search_many(a, vs):
    return np.searchsorted(a, vs), np.searchsorted(a, vs, side='right')


@njit
def counts(x, w, n):
    return np.bincount(x), np.bincount(x, weights=w), np.bincount(x, minlength=n), np.bincount(x, w, n)


@njit
def hist(x, nb):
    h1, e1 = np.histogram(x)
    h2, e2 = np.histogram(x, nb)
    h3, e3 = np.histogram(x, bins=nb, range=(0.0, 1.0))
    h4, e4 = np.histogram(x, np.array([0.0, 0.25, 0.5, 1.0]))
    return h1, e1, h2, e2, h3, e3, h4, e4


@njit
def bad_bincount(x):
    return np.bincount(x)


@njit
def bad_hist(x, nb):
    return np.histogram(x, bins=nb, range=(1.0, 0.0))


a = np.array([1.0, 2.0, 2.0, 3.0, 5.0, 8.0, np.nan])
for v in (0.0, 2.0, 2.5, 8.0, 9.0, np.nan):
    print(v, search(a, v))
print(search(np.array([1, 3, 3, 7]), 3))
print(search_many(a, np.array([2.0, 0.5, np.nan, 5.0, 2.0])))
print(search_many(np.array([1, 3, 3, 7]), np.array([[3, 0], [8, 7]])))
print(search_many(np.arange(10.0), np.empty(0)))

x = np.array([3, 1, 2, 1, 0, 3, 3])
w = np.linspace(0.5, 3.5, 7)
print(counts(x, w, 6))
print(counts(np.array([0], dtype=np.int32), np.array([2.0]), 2))
print(counts(np.zeros(0, dtype=np.int64), np.zeros(0), 3))
for bad in (np.array([1, -1, 2]),):
    try:
        bad_bincount(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    counts(x, w[:3], 1)
except ValueError as e:
    print("ValueError:", e)
try:
    counts(x, w, -1)
except ValueError as e:
    print("ValueError:", e)

np.random.seed(3)
x = np.random.random(40)
for part in hist(x, 4):
    print(part)
print(hist(np.arange(5) * 0.2, 3)[:4])
try:
    bad_hist(x, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    bad_hist(x, 0)
except ValueError as e:
    print("ValueError:", e)
