# outcmp: exact
from numba import njit
import numpy as np


@njit('float64(float64[:])')
def total(x):
    s = 0.0
    for v in x:
        s += v
    return s


@njit('int64(int64)')
def inc(x):
    return x + 1


for arg in [np.arange(3), np.arange(6.0).reshape(2, 3), 3.0, np.arange(3, dtype=np.float32)]:
    try:
        print(total(arg))
    except TypeError as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(total(np.arange(3.0)), total(np.arange(6.0)[::2]))
for arg in [2.5, 1j, np.arange(2)]:
    try:
        print(inc(arg))
    except TypeError as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(inc(np.int32(41)), inc(np.uint8(9)), inc(False))
print(total.signatures, inc.signatures)
