# Python's int, bool, complex and float as dtype arguments in @njit code:
# Numba 0.56 takes only float, and only in np.empty/zeros/ones (its
# NdConstructor parses NumberClass(float64)); every other use is a
# TypingError there, so it is one here too. NumPy dtypes and dtype strings
# work everywhere.
import numpy as np
from numba import njit, TypingError


@njit
def zeros_float(n):
    return np.zeros(n, dtype=float), np.ones((n, 2), float), np.empty(n, dtype=float).shape


@njit
def zeros_int(n):
    return np.zeros(n, dtype=int)


@njit
def empty_bool(n):
    return np.empty(n, dtype=bool)


@njit
def ones_complex(n):
    return np.ones(n, complex)


@njit
def full_float(n):
    return np.full(n, 2.0, dtype=float)


@njit
def like_int(a):
    return np.zeros_like(a, dtype=int)


@njit
def astype_int(a):
    return a.astype(int)


@njit
def astype_float(a):
    return a.astype(float)


@njit
def arange_float(n):
    return np.arange(n, dtype=float)


@njit
def array_float(n):
    return np.array([1, n], dtype=float)


@njit
def numpy_dtypes(a):
    return np.zeros(2, dtype=np.int64), a.astype(np.int32), np.full(2, 1, np.bool_), np.zeros(2, 'int32'), a.astype('float32')


a = np.array([0.5, -1.5])
print(zeros_float(3))
print(numpy_dtypes(a))
for f, arg in ((zeros_int, 3), (empty_bool, 3), (ones_complex, 3), (full_float, 3), (like_int, a), (astype_int, a),
               (astype_float, a), (arange_float, 3), (array_float, 3)):
    try:
        print(f.__name__, f(arg))
    except TypingError:
        print(f.__name__, "TypingError")
