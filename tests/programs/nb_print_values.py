# print() inside @njit code of lists, tuples, dicts, arrays of every dtype,
# None, bools, complex and mixed arguments: Numba boxes each argument and
# prints its str(), so a list prints as the Python list it becomes.
import numpy as np
from numba import njit
from numba.typed import List


@njit
def containers(xs):
    print([1, 2, 3], [1.5, -0.0, 1e20], [True, False])
    print([(1, 2.5), (3, 4.0)], [[1, 2], [3]], [1 + 2j, -1j])
    print((1, 2.5), (1,), (), ((1, 2), (3.5, True)))
    print(['a', 'b'], ('x', 1), [np.arange(2), np.arange(3)])
    print((np.arange(3), 1.5))
    print(xs)
    ys = [x * 0.5 for x in xs]
    print(ys)
    d = {1: 2.5, -3: 4.0}
    print(d)
    e = {(1, 2): 'a'}
    print(e)


@njit
def scalars(k):
    print(None, True, False, 1 + 2j, complex(1, -0.0), 0.1, 1e16, 1e-05, -0.0)
    print(np.float32(0.1), np.int8(-5), np.uint8(200), np.uint64(9223372036854775807) * np.uint64(2) + np.uint64(1))
    print(np.complex64(1.5 + 2j), np.nan, np.inf, -np.inf, complex(np.nan, np.inf))
    print(k, "mixed", k * 1.5, (k, "t"), [k])
    print()


@njit
def arrays():
    print(np.array([1, 2, 3], dtype=np.int8), np.array([255], dtype=np.uint8))
    print(np.array([1.5, 2.0], dtype=np.float32), np.array([1e-9, 1.0]))
    print(np.array([True, False]), np.array([1 + 2j, 3 - 4j]))
    print(np.array([0.5 + 1j], dtype=np.complex64))
    print(np.arange(6).reshape(2, 3).T)
    print(np.arange(6.0).reshape(3, 2))
    print(np.zeros(0), np.arange(2000))
    print(np.ones((2, 2), dtype=np.bool_))
    print(np.arange(4, dtype=np.uint64).reshape(2, 2), np.arange(3, dtype=np.int16))


@njit
def maybe(k):
    x = None if k > 5 else k
    print(x)
    z = None if k < 5 else (k, 2.5)
    print((1, x), (x, "s"), (z, x))  # optional items of tuples: None or the value
    return x


@njit
def typed_arg(tl):
    print(tl, len(tl))


containers([3, 1, 2])
scalars(7)
arrays()
maybe(3)
maybe(9)
typed_arg(List([1.5, 2.5]))
