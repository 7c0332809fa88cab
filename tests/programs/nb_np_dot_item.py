# a.dot(b), a.item() and np.asarray(a) of an array inside @njit code.
import numpy as np
from numba import njit


@njit
def dots(a, b, m):
    return a.dot(b), m.dot(a[:3]), m.T.dot(np.ones(2)), m.dot(m.T)


@njit
def item(a):
    return a.item()


@njit
def same(a):
    b = np.asarray(a)
    b[0] = -1.0  # the same array, as in Numba
    return np.asarray(b[1:]).sum()


a = np.arange(4.0)
m = np.arange(6.0).reshape(2, 3)
print(dots(a, a + 1, m))
print(item(np.array([2.5])), item(np.array([[7]])), item(m[1:, 2:]), item(np.array([True])))
try:
    item(a)
except ValueError as e:
    print("ValueError:", e)
print(same(a), a)
