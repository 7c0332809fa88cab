# Numba's integer division edge (min // -1 is 0, as its int_divmod_signed and
# NumPy-loop code force) and mean/std/var of empty arrays (ZeroDivisionError:
# Numba divides the sum by the size as Python does).
import numpy as np
from numba import njit, vectorize
@njit
def fd(a, b):
    return a // b, a % b, divmod(a, b)
@njit
def afd(a, b):
    return a // b, a % b
@vectorize(['int64(int64, int64)', 'int32(int32, int32)'])
def vfd(a, b):
    return a // b
m = -2**63
print(fd(m, -1), fd(m, 1), fd(-7, 2))
print(afd(np.array([m, 5, -7, 4], dtype=np.int64), np.array([-1, 0, 2, -1], dtype=np.int64)))
m32 = -2**31
print(afd(np.array([m32, 5, -7, 4], dtype=np.int32), np.array([-1, 0, 2, -1], dtype=np.int32)))
print(afd(np.array([-128, 5], dtype=np.int8), np.array([-1, 0], dtype=np.int8)))
print(vfd(np.array([m, 5, -7], dtype=np.int64), np.array([-1, 0, 2], dtype=np.int64)))
print(vfd(np.array([m32, 5, -7], dtype=np.int32), np.array([-1, 0, 2], dtype=np.int32)))
from numba import njit
@njit
def st(a):
    return a.mean()
@njit
def st2(a):
    return np.std(a)
@njit
def st3(a):
    return a.var()
@njit
def st4(a):
    return np.mean(a)
for f in (st, st2, st3, st4):
    for a in (np.zeros(0), np.zeros((0, 3), dtype=np.int32), np.arange(4.0), np.zeros(0, dtype=np.complex128)):
        try:
            print(f(a))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
