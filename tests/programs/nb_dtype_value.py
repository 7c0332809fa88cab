# a.dtype and np.float64 & co. as values of @njit code: print() shows the
# dtype's name, and returned (also inside a tuple) they become np.dtype
# objects, as Numba boxes both.
import numpy as np
from numba import njit


@njit
def show(x):
    print(x.dtype, np.int32, np.complex128, np.bool_)
    print((x.dtype, 1))
    return x.dtype, np.int8


@njit
def kind(x):
    return x.dtype


@njit
def cast_like(x, y):
    return y.astype(x.dtype), x.dtype


print(show(np.zeros(2, dtype=np.float32)))
print(kind(np.arange(3)), kind(np.ones(2, dtype=np.uint8)), kind(np.zeros(1, dtype=np.complex64)))
r = kind(np.zeros(2))
print(r == np.float64, r.name, r.itemsize)
print(cast_like(np.zeros(2, dtype=np.int16), np.array([1.7, -2.2])))
