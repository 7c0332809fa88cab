# outcmp: exact
import numpy as np
from numba import njit


@njit
def sorts(a):
    b = np.sort(a)
    c = a.copy()
    c.sort()
    d = a.copy()
    e = d[::2]
    e.sort()
    return b, c, d


@njit
def joins(a, b):
    return np.concatenate((a, b)), np.concatenate((a, b, a))[-2:], np.concatenate((a.reshape(2, 2), b.reshape(1, 2)))


@njit
def misc(a, b):
    return np.diff(a), np.outer(a, b), np.count_nonzero(a > 2), np.count_nonzero(b)


@njit
def selected(a, m):
    a[a > 2] += 10
    a[np.array([0, 0, 1])] *= 2
    return a, np.nonzero(m > 1), np.where(m % 2 == 0)


print(selected(np.arange(5.0), np.arange(6).reshape(2, 3)))
print(sorts(np.array([3.0, np.nan, -1.0, 7.5, 0.0, 2.0, -4.0])))
print(sorts(np.array([5, 3, 9, 1, 1, 0, 8, 2])))
print(joins(np.array([1.0, 2.0, 3.0, 4.0]), np.array([5.0, 6.0])))
print(misc(np.array([1, 4, 9, 16]), np.array([0.5, 0.0, 2.0])))
try:
    joins(np.arange(4.0), np.arange(3.0))
except ValueError as e:
    print("ValueError")


@njit
def asort(a):
    return np.argsort(a), a.argsort()


# ties and NaNs: the order of equal keys is Numba's quicksort order
rng = np.random.RandomState(5)
sig = []
for n in (0, 1, 2, 7, 15, 16, 17, 31, 64, 257):
    for hi in (2, 5, 1000):
        k = rng.randint(0, hi, n)
        r1, r2 = asort(k)
        f = k.astype(np.float64)
        if n > 3:
            f[1] = np.nan
            f[n // 2] = np.nan
        r3, r4 = asort(f)
        sig.append(int((r1 * np.arange(n)).sum() + r2.sum() + (r3 * np.arange(n)).sum() + r4[:3].sum()))
print(sig)
print(asort(np.array([3, 1, 2, 1, 3, 0, 1] * 4)))
print(asort(np.arange(20.0)[::-2]))
