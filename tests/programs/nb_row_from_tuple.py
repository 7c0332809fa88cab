# a[i] = (x, y, z) and a[lo:hi] = (u, v) in @njit code: Numba's setitem of
# a UniTuple into a 1-d view, item by item with the array's conversion (a
# float truncated into an int array, an int wrapped into uint8); a length
# that differs is ValueError, a heterogeneous tuple a TypingError.
import math
import numpy as np
from numba import njit, TypingError


@njit
def circle(n):
    pts = np.empty((n, 2))
    for i in range(n):
        t = 2 * math.pi * i / n
        pts[i] = (math.cos(t), math.sin(t))
    return pts


@njit
def put(a, i, t):
    a[i] = t
    return a


@njit
def put_slice(a, t):
    a[1::2] = t
    return a


print(circle(4))
print(put(np.zeros((2, 3), dtype=np.int64), 1, (1.7, -2.7, 3.0)))
print(put(np.zeros((2, 2), dtype=np.uint8), 0, (300, 7)))
print(put(np.zeros((2, 2), dtype=np.float32), -1, (0.1, 0.2)))
print(put(np.zeros((2, 2), dtype=np.complex128), 0, (1, 2)))
print(put(np.zeros((3, 2)), 2, (True, False)))
print(put_slice(np.zeros(6), (1, 2, 3)))
for f, a, t in ((put_slice, np.zeros(6), (1, 2)), (put, np.zeros((2, 2)), (1, 2.5))):
    try:
        print(f(a, 0, t) if f is put else f(a, t))
    except ValueError as e:
        print("ValueError:", e)
    except TypingError:
        print("TypingError")
