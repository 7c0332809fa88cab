# Dicts inside @njit (Numba's typed dict, local to compiled code): literals,
# dict(), stores refining {} , get/pop/setdefault/copy/clear, del, in, len,
# iteration in insertion order over keys/values/items, tuple and float keys
# (compared by their bits: 0.0 and -0.0 are two keys), KeyError.
import numpy as np
from numba import njit

@njit
def count(a):
    d = {a[0]: 0}
    for x in a:
        d[x] = d.get(x, 0) + 1
    out = []
    for k, v in d.items():
        out.append((k, v))
    return out, len(d)

@njit
def ops():
    d = {1: 2.5, 3: 4.0}
    d[5] = 1.0
    s = 0.0
    for k in d:
        s += k
    for k, v in d.items():
        s += v
    t = 0.0
    for v in d.values():
        t += v
    ks = 0
    for k in d.keys():
        ks += k
    x = d.pop(3)
    y = d.pop(42, -1.0)
    has = 1 in d, 3 in d, 7 not in d
    del d[1]
    d[1] = 9.0
    d[5] += 0.5
    return s, t, ks, x, y, has, len(d), d.get(1), d.get(2), d.get(5, 0.0), d.setdefault(8, 3.0), d.setdefault(5, 0.0), len(d.keys())

@njit
def missing(k):
    d = {1: 1}
    return d[k]

@njit
def tup_keys(n):
    d = dict()
    for i in range(n):
        d[(i % 3, i % 2)] = i
    out = []
    for kv in d.items():
        out.append(kv)
    return out

@njit
def big(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    s = 0
    for i in range(0, n, 3):
        del d[i]
    for k, v in d.items():
        s += k * v
    return len(d), s

@njit
def float_keys():
    d = {0.0: 1, 1.5: 2}
    d[-0.0] = 5
    d[1.5] += 1
    c = d.copy()
    d.clear()
    d[2.0] = 7
    return [kv for kv in c.items()], [kv for kv in d.items()], len(c), len(d)

print(count(np.array([3, 1, 3, 2, 3])))
print(ops())
try:
    missing(5)
except KeyError as e:
    print("KeyError", e)
print(tup_keys(7))
print(big(1000), big(10))
print(float_keys())
