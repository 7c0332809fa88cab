# A numba.typed.Dict changed in interpreted code converts what it stores to
# its key and value types (2 into float64 values is 2.0; a float into int64
# values, a str key: TypingError), also through setdefault/update; copy()
# is a typed Dict.
from numba import njit
@njit
def mk():
    return {1: 1.5}
@njit
def mki():
    return {1: 2}
d = mk()
d[5] = 3
d[True] = 2
print(d, type(list(d.keys())[1]).__name__)
e = mki()
try:
    e[2] = 2.5
    print(e)
except Exception as ex:
    print(type(ex).__name__)
try:
    e["x"] = 1
except Exception as ex:
    print(type(ex).__name__)
f = mk()
print(f.setdefault(3, 4), f.setdefault(1, 9), f)
f.update({7: 1, 8: True})
g = f.copy()
g[9] = 0
print(f, g, type(g).__name__, repr(g))
print(f.pop(7), f.get(8), len(f), sorted(f.keys()), f == g)
