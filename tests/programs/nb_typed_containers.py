# numba.typed.List and numba.typed.Dict made in interpreted code: typing by
# the first item or by empty_list/empty, conversions, methods, printing, and
# as @njit arguments (changes made there are seen after the call).
import numpy as np
from numba import njit, types, typed
from numba.typed import List, Dict

l = List([1, 2, 3])
print(l, repr(l), len(l), l[0], l[-1], type(l).__name__)
s = List(['a', 'b'])
print(s, repr(s))
e = List()
print(e, repr(e), len(e))
e.append(3)
print(e, repr(e))
f = List.empty_list(types.float64)
f.append(2)
f.extend([3.0, 4.5])
f.insert(0, True)
print(f, repr(f), f[0], type(f[0]).__name__)
try:
    l.append(2.5)
except Exception as ex:
    print(type(ex).__name__)
print(l == [1, 2], l != [1, 2], l == (1, 2))
print(l[1:], repr(l[1:]), l.pop(), l, l.index(2), l.count(1), 2 in l, 5 in l)
l.extend([7, 8]); l.insert(0, 9); l.reverse(); print(l); l.sort(); print(l); del l[0]; print(l)
l[0] = 20; l[1:3] = List([30, 40]); print(l, list(l), len(l), l == List([20, 30, 40]), l != [20, 30, 40])
c = l.copy(); c[0] = 100; print(c, l, repr(c))
for x in l:
    print(x, end=' ')
print()
t = List([(1, 2.0), (3, 4.0)])
print(t, repr(t))
a = List([np.arange(3.0), np.ones(2)])
print(repr(a), a[1].sum())
l.clear(); print(l, repr(l))

d = Dict()
print(repr(d), len(d))
d[1] = 2.5
d[2] = 3
print(d, repr(d), d[2], type(d[2]).__name__)
d2 = Dict.empty(key_type=types.unicode_type, value_type=types.int64)
d2['x'] = 3
d2['y'] = True
print(d2, repr(d2), 'x' in d2, d2.get('z', -1), type(d2).__name__, typed.List is List, typed.Dict is Dict)
d3 = Dict.empty(types.int64, types.float64[:])
d3[0] = np.zeros(2)
print(repr(d3))

@njit
def total(xs):
    s = 0.0
    for x in xs:
        s += x
    return s

@njit
def grow(xs, n):
    for i in range(n):
        xs.append(xs[-1] * 2)
    return len(xs)

@njit
def same(xs):
    return xs

@njit
def lookup(dd, k):
    return dd[k] * 2

g = List([1, 2])
print(total(f), grow(g, 3), g, repr(g))
r = same(g)
print(r, repr(r), type(r).__name__)
print(lookup(d, 1), total.signatures, grow.signatures)
try:
    g[0:1] = [5]
except Exception as ex:
    print(type(ex).__name__)
