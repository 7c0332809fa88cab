# Lists inside @njit (Numba's reflected lists): literals, empty lists typed by
# their appends, comprehensions, methods, iteration, nesting, tuples and
# arrays as items, np.array of a list, returning lists, list arguments
# written back after the call.
import numpy as np
from numba import njit

@njit
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return np.array(out)
print(squares(5))

@njit
def lit(x):
    l = [1, 2, 3]
    l.append(x)
    s = 0.0
    for v in l:
        s += v
    return l, s, len(l), l[-1], l[1:3], 2 in l, 7 not in l
print(lit(2.5))

@njit
def comp(a):
    return [v * 2 for v in a if v > 1], [i for i in range(4)]
print(comp(np.arange(5.0)))

@njit
def modify(l):
    l.append(10)
    l[0] = -1
    return sum(l), min(l), max(l)
x = [3, 1, 2]
print(modify(x), x)

@njit
def methods():
    l = [5, 3, 8, 1]
    l.insert(1, 7)
    a = l.pop()
    b = l.pop(0)
    l.extend([9, 9])
    c = l.count(9)
    d = l.index(8)
    l.sort()
    m = sorted([3.5, 1.5, 2.5])
    l.reverse()
    q = l.copy()
    q.clear()
    return l, a, b, c, d, m, q
print(methods())

@njit
def nested(n):
    rows = []
    for i in range(n):
        rows.append([j for j in range(i)])
    tot = 0
    for r in rows:
        tot += len(r)
    return rows, tot
print(nested(4))

@njit
def tuples(n):
    l = []
    for i in range(n):
        l.append((i, i * 0.5))
    for i, (a, b) in enumerate(l):
        pass
    return l
print(tuples(3))

@njit
def arrays(n):
    l = [np.zeros(2) for i in range(n)]
    l[0][1] = 5.0
    return l
print(arrays(2))
