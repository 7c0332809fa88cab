# Reductions at their edges inside @njit: min/max of complex arrays order
# by real part then imaginary part (Numba's array_min), argmin/argmax of a
# complex array do not type, np.median of an empty array trips Numba's
# "assert high > low", and min/max/argmin of empty arrays raise ValueError.
from numba import njit
from numba.core.errors import TypingError
import numpy as np


def tryit(fn, *a):
    try:
        print(fn(*a))
    except TypingError:
        print("TypingError")
    except Exception as e:
        print(type(e).__name__, e)


@njit
def cminmax(a):
    return a.min(), a.max(), np.min(a), np.amax(a)


@njit
def cargmin(a):
    return a.argmin()


@njit
def cargmax(a):
    return np.argmax(a)


@njit
def emin(a):
    return a.min()


@njit
def eargmax(a):
    return a.argmax()


@njit
def emedian(a):
    return np.median(a)


@njit
def minmax(a):
    return a.min(), a.max(), a.argmin(), a.argmax()


c = np.array([1 + 2j, 1 + 1j, 0 + 5j, 2 - 1j, 2 - 3j])
tryit(cminmax, c)
tryit(cminmax, c[::-1])
tryit(cminmax, c.astype(np.complex64))
tryit(cminmax, np.array([[3 + 0j, 1 - 1j], [1 + 1j, 3 - 2j]]))
tryit(cminmax, np.array([complex(1, np.nan), 1 + 0j, 0 + 1j]))
tryit(cargmin, c)
tryit(cargmax, c)
for e in [np.empty(0), np.empty(0, np.int64), np.empty((0, 2))]:
    tryit(emin, e)
    tryit(eargmax, e)
    tryit(emedian, e)
tryit(emedian, np.array([2.0]))
tryit(emedian, np.array([4.0, 1.0]))
tryit(minmax, np.array([-0.0, 0.0]))
tryit(minmax, np.array([0.0, -0.0]))
tryit(minmax, np.array([1.0, np.nan, -2.0]))
tryit(minmax, np.array([True, False]))
