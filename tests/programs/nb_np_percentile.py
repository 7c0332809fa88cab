# np.percentile and np.quantile inside @njit code, as Numba 0.56 computes
# them (linear interpolation between the closest ranks, its checks of q).
import numpy as np
from numba import njit


@njit
def pct(a, q):
    return np.percentile(a, q), np.quantile(a, q / 100.0)


@njit
def pct_many(a, qs):
    return np.percentile(a, qs), np.quantile(a, qs / 100)


np.random.seed(0)
x = np.random.random(25)
for q in (0.0, 10.0, 25.0, 50.0, 90.0, 100.0):
    print(q, pct(x, q))
print(pct(np.arange(7.0).reshape(7, 1), 40.0))
print(pct_many(x, np.array([5.0, 50.0, 95.0])))
print(pct_many(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 100.0, 33.0])))
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
