# outcmp: exact
from numba import njit
import numpy as np


@njit
def sieve(n):
    is_p = np.ones(n + 1, dtype=np.bool_)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if is_p[k]:
            count += 1
    out = np.empty(count, dtype=np.int64)
    c = 0
    for k in range(n + 1):
        if is_p[k]:
            out[c] = k
            c += 1
    return out


p = sieve(100)
print(p, len(p))
big = sieve(200000)
print(len(big), big[-5:], big.sum())
gaps = np.diff(big)
print(gaps.max(), big[gaps.argmax()], np.bincount(gaps)[:12])
