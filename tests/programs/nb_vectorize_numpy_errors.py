# @vectorize kernels follow Numba's error_model="numpy": x / 0 is inf or nan, int // 0
# and % 0 are 0, float % 0 is nan; an @njit function still raises.
import numpy as np
from numba import vectorize, njit
@vectorize(['float64(float64, float64)'])
def vdiv(a, b):
    return a / b
@vectorize(['float64(float64, float64)'])
def vfdiv(a, b):
    return a // b
@vectorize(['float64(float64, float64)'])
def vfmod(a, b):
    return a % b
@vectorize(['int64(int64, int64)'])
def vidiv(a, b):
    return a // b
@vectorize(['int64(int64, int64)'])
def vimod(a, b):
    return a % b
x = np.array([1.0, 0.0, -1.0, 7.5]); z = np.array([0.0, 0.0, 0.0, 2.0])
print(vdiv(x, z), vfdiv(x, z), vfmod(x, z))
i = np.array([3, -7, 0, 9]); j = np.array([0, 0, 0, 4])
print(vidiv(i, j), vimod(i, j))
@njit
def use(a, b):
    return vdiv(a, b)
print(use(x, z))
@njit
def plain(a, b):
    return a / b
try:
    plain(1.0, 0.0)
except ZeroDivisionError as e:
    print("njit raises", e)
