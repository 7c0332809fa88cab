import numpy as np
from numba import njit


@njit
def dots(v, m):
    return np.dot(v, v), np.dot(m, v), np.dot(v, m.T), m @ m.T, np.dot(m.T, m)


@njit
def spaced(n):
    a = np.linspace(0.0, 1.0, n)
    b = np.linspace(-2, 2, 1)
    c = np.linspace(3.0, 3.0, 4)
    return a, b, c, np.linspace(0.0, 10.0)[7]


@njit
def selects(a, lo):
    return np.where(a > lo, a, 0), np.where(a < 0, -1.0, a * 2), np.where(a == 2.0, 1, 0)


@njit
def moments(a):
    return a.mean(), a.std(), a.var(), np.std(a), np.var(a)


@njit
def rows(m):
    s = 0.0
    out = np.zeros(m.shape[0])
    i = 0
    for row in m:
        s += row.sum()
        out[i] = row.max() - row.min()
        i += 1
    return s, out


@njit
def truth(a):
    return (a > 2).any(), np.all(a > -1), np.any(a > 10), a.all()


@njit
def bad_dot(a, b):
    return np.dot(a, b)


v = np.array([1.0, 2.0, 0.5])
m = np.arange(6.0).reshape(2, 3)
for r in dots(v, m):
    print(r)
print(spaced(5))
a = np.array([1.0, 2.0, 3.0, -0.5, 2.0])
for r in selects(a, 1.5):
    print(r)
print(moments(a))
print(moments(np.arange(10)))
print(rows(np.array([[1.0, 5.0, 2.0], [-3.0, 0.0, 4.0]])))
print(truth(a), truth(np.zeros(3)))
try:
    bad_dot(np.arange(3.0), np.arange(4.0))
except ValueError as e:
    print("ValueError", e)
