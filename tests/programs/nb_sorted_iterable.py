# sorted() of an array, a range and a UniTuple in @njit code (Numba's
# sorted is list(iterable) sorted), comprehensions and list() over a
# UniTuple, and np.ascontiguousarray.
import numpy as np
from numba import njit


@njit
def sort_any(a):
    return sorted(a)


@njit
def sort_desc(a):
    return sorted(a, reverse=True)


@njit
def sorted_range(n):
    return sorted(range(n, 0, -2))


@njit
def weighted(a):
    s = 0.0
    for v in sorted(a):
        s = s * 2 + v
    return s


@njit
def doubled(t):
    return [x * 2 for x in t], list(t), [x for x in t if x > 1]


@njit
def contiguous(a):
    b = np.ascontiguousarray(a[::2])
    c = np.ascontiguousarray(a)
    c[0] = 99  # a C-contiguous argument comes back itself, as in Numba
    return b, a


@njit
def rows(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += np.ascontiguousarray(a[i, ::2]).sum() * (i + 1)
    return s


@njit
def wrap(x):
    r = np.ascontiguousarray(x)
    return r, r.shape


for arg in (np.array([3.0, 1.0, np.nan, 2.0]), np.array([3, -1, 2], dtype=np.int32), np.array([True, False]),
            (3, 1, 2), (2.5, -1.0)):
    r = sort_any(arg)
    print(r, type(r[0]).__name__)
print(sort_desc(np.array([3.0, 1.0, 2.0])), sort_desc((1, 5, 3)))
print(sorted_range(7), sorted_range(0))
print(weighted(np.array([1.5, 0.5, -2.0])))
print(doubled((0, 3, 1, 5)))
print(contiguous(np.arange(6.0)))
print(contiguous(np.arange(12).reshape(3, 4)))
print(rows(np.arange(20.0).reshape(4, 5)))
for v in (2.5, 3, True, 1 + 2j, np.float32(1.5), np.int8(-3)):
    print(wrap(v))
