# @njit: float // 0.0 and % 0.0 raise with Numba's messages; a uint64 return
# value past int64 comes back as a Python int, as Numba returns it.
import numpy as np
from numba import njit, prange
@njit
def fdiv(a, b): return a // b
@njit
def fmod(a, b): return a % b
@njit
def big(a): return a[0]
for f in (lambda: fdiv(1.0, 0.0), lambda: fmod(1.0, 0.0), lambda: fdiv(1, 0), lambda: fmod(1, 0)):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
r = big(np.array([2**63 + 5], dtype=np.uint64))
print(r, type(r).__name__)
r = big(np.array([5], dtype=np.uint64))
print(r, type(r).__name__)
