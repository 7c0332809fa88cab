# The builtin sum() in @njit code over 1-d arrays and ranges, with and
# without start (Numba: acc = start, then acc = acc + x item by item): ints
# and bools add in int64 (wrapping, as Numba's), float32 items in float64.
# sum()/min()/max() of a 2-d array iterate its rows: an error either way.
import numpy as np
from numba import njit


@njit
def total(a):
    return sum(a)


@njit
def rms(x):
    return (sum(x * x) / len(x)) ** 0.5


@njit
def ranges(n):
    return sum(range(n)), sum(range(2, n, 3)), sum(range(n, -n, -4)), sum(range(n, 0))


@njit
def with_start(a, s):
    return sum(a, s), sum(a, start=s), sum(range(4), s), sum([1.5, 2.5], s), sum((1, 2.5), s)


@njit
def column_totals(m):
    out = np.empty(m.shape[1])
    for j in range(m.shape[1]):
        out[j] = sum(m[:, j])
    return out


@njit
def smallest(a):
    return min(a)


arrays = (np.arange(5.0), np.arange(5), np.array([0.1] * 10, dtype=np.float32), np.array([True, False, True]),
          np.array([1 + 2j, 3j]), np.arange(200, 256, dtype=np.uint8), np.arange(5, dtype=np.uint64), np.zeros(0),
          np.array([2**62, 2**62, 5]), np.arange(10.0)[::-3])
for a in arrays:
    r = total(a)
    print(r, type(r).__name__)
print(rms(np.linspace(-1.0, 1.0, 9)))
print(ranges(10), ranges(0), ranges(-3))
print(with_start(np.arange(4), 10))
print(with_start(np.arange(4.0), 10))
print(with_start(np.arange(4), 0.5))
print(with_start(np.arange(4, dtype=np.int32), 2 + 1j))
print(column_totals(np.arange(12.0).reshape(3, 4)))
for f in (total, smallest):
    try:
        print(f(np.arange(6.0).reshape(2, 3)))
    except Exception:
        print(f.__name__, "of a 2-d array: error")
