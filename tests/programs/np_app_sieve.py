# outcmp: exact
import numpy as np


def primes_upto(n):
    is_p = np.ones(n + 1, dtype=bool)
    is_p[:2] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = False
    return np.nonzero(is_p)[0]


p = primes_upto(200)
print(p)
print(len(p), p.sum(), p[-1], p.dtype)
gaps = np.diff(p)
print(gaps, gaps.max(), p[gaps.argmax()], np.bincount(gaps))
twins = p[:-1][gaps == 2]
print(twins)
big = primes_upto(10000)
print(len(big), big[-5:], big.sum(), (big % 4 == 1).sum(), (big % 4 == 3).sum())
print(np.count_nonzero(big < 1000), np.searchsorted(big, 5000))
