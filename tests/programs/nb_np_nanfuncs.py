# NaN-skipping reductions, np.ptp and np.trace inside @njit code, with
# Numba 0.56's result types (int64 sums of integers, float32 kept).
import numpy as np
from numba import njit


@njit
def nanstats(a):
    return np.nanmin(a), np.nanmax(a), np.nansum(a), np.nanprod(a), np.nanmean(a), np.nanvar(a), np.nanstd(a)


@njit
def spread(a):
    return np.ptp(a)


@njit
def tr(m, k):
    return np.trace(m), np.trace(m, k), np.trace(m, offset=-k)


x = np.array([1.5, np.nan, -2.0, 4.25, np.nan, 0.5])
print(nanstats(x))
print(nanstats(x.reshape(2, 3)))
print(nanstats(np.array([np.nan, 3.0, 1.0])))
print(nanstats(np.array([np.nan, np.nan])))
print(nanstats(np.array([3, 1, 2], dtype=np.int32)))
print(nanstats(np.array([1.5, np.nan, 2.5], dtype=np.float32)))
print(nanstats(np.arange(1, 7).reshape(2, 3)[:, ::2]))

print(spread(np.array([3.0, -1.0, 7.5])), spread(np.array([4, 9, -2])), spread(np.array([1.0, np.nan, 3.0])))
print(spread(np.arange(12.0).reshape(3, 4)), spread(np.array([2], dtype=np.uint8)), spread(np.array([2, 9], dtype=np.uint16)))
print(spread(np.array([5, -3], dtype=np.int32)), spread(np.array([2.5, 0.5], dtype=np.float32)))
try:
    spread(np.zeros(0))
except ValueError as e:
    print("ValueError:", e)

m = np.arange(12.0).reshape(3, 4)
for k in (0, 1, 2, 5):
    print(k, tr(m, k))
print(tr(np.arange(9.0).reshape(3, 3), 1), tr(m.T, 1), tr(m.astype(np.float32), 1))
