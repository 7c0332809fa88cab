# np.median, np.percentile, np.quantile and np.array_equal inside @njit
# code, as Numba 0.56 computes them (its quickselect, its interpolation).
import numpy as np
from numba import njit


@njit
def med(a):
    return np.median(a)


@njit
def pct(a, q):
    return np.percentile(a, q), np.quantile(a, q / 100.0)


@njit
def pct_many(a, qs):
    return np.percentile(a, qs), np.quantile(a, qs / 100)


@njit
def same(a, b):
    return np.array_equal(a, b)


print(med(np.array([3.0, 1.0, 2.0])), med(np.array([4.0, 1.0, 3.0, 2.0])))
print(med(np.array([5, 1, 4, 4, 2, 9])), med(np.arange(12.0).reshape(3, 4)))
print(med(np.array([7.5])), med(np.array([2, 1], dtype=np.int32)))
np.random.seed(0)
x = np.random.random(25)
print(med(x), med(x[::3]), med(x.reshape(5, 5).T))
print(np.isnan(med(np.array([1.0, np.nan, 2.0]))))

for q in (0, 10, 25.0, 50, 90, 100):
    print(q, pct(x, q))
print(pct_many(x, np.array([5.0, 50.0, 95.0])))
print(pct_many(np.array([1, 2, 3, 4]), np.array([0, 100, 33])))
print(pct(np.array([3.0]), 40.0), pct(np.array([1.0, np.nan]), 50.0))
print(pct(np.array([1.0, np.inf]), 100.0), pct(np.array([-np.inf, np.inf, 1.0]), 0.0))
for q in (-1.0, 101.0):
    try:
        pct(x, q)
    except ValueError as e:
        print("ValueError:", e)
try:
    pct_many(x, np.array([50.0, 150.0]))
except ValueError as e:
    print("ValueError:", e)

a = np.arange(6.0)
print(same(a, a.copy()), same(a, a + 1), same(a, a[:3]), same(a.reshape(2, 3), a.reshape(3, 2)))
print(same(a.reshape(2, 3), a.reshape(2, 3)), same(np.array([1, 2]), np.array([1.0, 2.0])))
print(same(np.array([np.nan]), np.array([np.nan])), same(a, a.reshape(2, 3)))
