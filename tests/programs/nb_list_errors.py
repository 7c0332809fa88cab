# List errors inside @njit: Numba's IndexError/ValueError texts, and the
# errors for list arguments it cannot unbox (empty, heterogeneous).
from numba import njit
@njit
def g(i):
    l = [1, 2, 3]
    return l[i]
@njit
def s(i):
    l = [1, 2, 3]
    l[i] = 5
    return l
@njit
def p(i):
    l = [1]
    l.pop()
    return l.pop(i)
@njit
def p2(i):
    l = [1, 2]
    return l.pop(i)
@njit
def ix(x):
    l = [1, 2]
    return l.index(x)
@njit
def ins(i):
    l = [1, 2]
    l.insert(i, 9)
    return l
for f, a in ((g, 3), (g, -4), (s, 3), (p, 0), (p2, 5), (ix, 7), (ins, 10), (ins, -10), (g, -1), (p2, -1)):
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
@njit
def a0():
    l = []
    return len(l)
@njit
def b0():
    return [1, (2, 3)]
@njit
def c0(l):
    return len(l)
@njit
def d0():
    l = [[1, 2], [3]]
    l[0].append(2.5)
    return l
for f, args in ((c0, ([],)), (c0, ([1, 2.5],))):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0][:90])
