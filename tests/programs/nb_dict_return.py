# A dict returned by @njit code is Numba's numba.typed.Dict: printed with
# str() of its items, repr'd with its type, usable as a mapping.
import numpy as np
from numba import njit

@njit
def count(a):
    d = {a[0]: 0}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return d

@njit
def mixed(n):
    d = {}
    for i in range(n):
        d[(i, i % 2)] = np.full(2, i * 0.5)
    del d[(0, 0)]
    return d

@njit
def empty_after():
    d = {1: 1.5}
    d.clear()
    return d

r = count(np.array([3, 1, 3, 2, 3]))
print(r)
print(repr(r), type(r).__name__, len(r), r[3], 1 in r, 7 in r, list(r.keys()), list(r.values()), sorted(r.items()))
print((r, 1))
r[9] = 4
print(r, r.get(9), r.get(10), r == {3: 3, 1: 1, 2: 1, 9: 4})
for k in r:
    print(k, end=" ")
print()
print(mixed(3))
print(empty_after(), repr(empty_after()))
