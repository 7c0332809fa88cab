# enumerate() and zip() nested in each other inside @njit code, with
# nested unpacking of their items; enumerate's start.
import numpy as np
from numba import njit


@njit
def ranges(n):
    t = 0
    for i, (p, q) in enumerate(zip(range(n), range(n, 2 * n))):
        t += i * p + q
    return t


@njit
def zip_of_enumerate(x, y):
    s = 0.0
    for (i, p), q in zip(enumerate(x), y):
        s += i * p - q
    return s


@njit
def comprehension(x, y):
    return [i * p + q for i, (p, q) in enumerate(zip(x, y))]


@njit
def with_start(x):
    s = 0
    for i, v in enumerate(x, 1):
        s += i * v
    for i, (a, b) in enumerate(zip(x, x[::-1]), -3):
        s += i * a * b
    return s


@njit
def list_of_tuples():
    l = [(1, 2.0), (3, 4.0)]
    s = 0.0
    for k, (a, b) in enumerate(l):
        s += k * a + b
    return s


@njit
def twice(x):
    s = 0
    for i, (j, v) in enumerate(enumerate(x)):
        s += i * j * v
    return s


@njit
def whole_items(x, rows):
    out = []
    for item in enumerate(zip(x, rows)):
        out.append(item[0] + item[1][0] + item[1][1].sum())
    return out


@njit
def three_levels(a, b, c):
    acc = 0
    for i, ((j, x), (y, z)) in enumerate(zip(enumerate(a), zip(b, c))):
        acc += i + j * x + y * z
    return acc


print(ranges(5))
print(zip_of_enumerate(np.arange(4.0), np.ones(6)))
print(comprehension(np.arange(4.0), np.ones(6)))
print(with_start(np.arange(4)))
print(list_of_tuples())
print(twice(np.arange(5)))
print(whole_items(np.arange(3.0), np.arange(12.0).reshape(4, 3)))
print(three_levels(np.arange(5), np.arange(3, 9), np.arange(10, 14)))
