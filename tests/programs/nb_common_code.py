import math
import numpy as np
from numba import njit


@njit
def norm(v):
    return math.sqrt((v * v).sum())


@njit
def normalize(v):
    n = norm(v)
    if n == 0.0:
        return v.copy()
    return v / n


@njit
def stats(a):
    mean = a.mean()
    var = ((a - mean) ** 2).mean()
    return mean, math.sqrt(var), a.min(), a.max()


@njit
def find_first(a, x):
    i = 0
    while i < a.shape[0]:
        if a[i] == x:
            return i
        i += 1
    return -1


@njit
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@njit
def smooth(a):
    out = np.empty_like(a)
    out[0] = a[0]
    out[-1] = a[-1]
    out[1:-1] = (a[:-2] + a[1:-1] + a[2:]) / 3.0
    return out


@njit
def pairwise(x):
    n = x.shape[0]
    d = np.zeros((n, n))
    for i in range(n):
        d[i, :] = np.abs(x - x[i])
    return d


@njit
def clip_scale(a, lo, hi):
    b = np.minimum(np.maximum(a, lo), hi)
    return b * 10.0, (b == lo).sum() + (b == hi).sum()


v = np.array([3.0, 4.0, 12.0])
print(norm(v), normalize(v), normalize(np.zeros(2)))
print(stats(np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])))
print(find_first(np.arange(10) * 3, 12), find_first(np.arange(5), 7))
print([collatz_len(k) for k in (1, 7, 27)])
print(smooth(np.array([1.0, 2.0, 6.0, 2.0, 1.0])))
print(pairwise(np.array([0.0, 1.5, 4.0])))
print(clip_scale(np.linspace(-1.0, 2.0, 7), 0.0, 1.0))
