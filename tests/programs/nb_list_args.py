# List arguments of @njit functions: lists of arrays and of tuples, changes
# written back after the call, lists made by callees, recursion, a list
# growing while iterated; a list of lists argument is Numba's TypeError.
import numpy as np
from numba import njit

@njit
def inner(l):
    l[0].append(99)
    l.append([7])
    return len(l)
x = [[1, 2], [3]]
try:
    print(inner(x), x)
except TypeError as e:
    print('TypeError', str(e).split(chr(10))[1])

@njit
def arrs(l):
    s = 0.0
    for a in l:
        s += a.sum()
    l[0][0] = -1.0
    return s
a1 = np.arange(3.0)
ls = [a1, np.ones(2)]
print(arrs(ls), a1, ls[0] is a1)

@njit
def tups(l):
    t = 0
    for i, j in l:
        t += i * j
    l.append((5, 6))
    return t
tl = [(1, 2), (3, 4)]
print(tups(tl), tl)

@njit
def make(n):
    return [i * 1.5 for i in range(n)]

@njit
def caller(n):
    l = make(n)
    l.append(100.0)
    return sum(l), l

print(caller(4))

@njit
def rec(n, acc):
    if n == 0:
        return len(acc)
    acc.append(n)
    return rec(n - 1, acc)

@njit
def run_rec(n):
    return rec(n, [0])
print(run_rec(10))

@njit
def grow(l):
    i = 0
    for v in l:
        if v < 5:
            l.append(v + 3)
        i += 1
    return i
g = [1, 2]
print(grow(g), g)

@njit
def bools_c(n):
    b = [i % 2 == 0 for i in range(n)]
    c = [complex(i, -i) for i in range(n)]
    f = [np.float32(i) / 3 for i in range(n)]
    return b, c, f, sum(c)
print(bools_c(3))

@njit
def tup_arg(t):
    t[0].append(5)
    return len(t[0])
x = [1, 2]
try:
    print(tup_arg((x, 1)), x)
except Exception as e:
    print(type(e).__name__, str(e).split("\n")[:2])
