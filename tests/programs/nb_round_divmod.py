# round(x, n) and divmod(a, b) inside @njit: Numba's results (round scales
# by 10**n and rounds half to even, unlike CPython's correctly rounded
# round; divmod has Python's signs and Numba's ZeroDivisionError texts).
import numba
import numpy as np
from numba import njit, prange


@njit
def rnd(x, n):
    return round(x, n)


@njit
def rnd_all(a, n):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = round(a[i], n)
    return out


@njit
def dm(a, b):
    return divmod(a, b)


@njit
def dm_sum(n, k):
    q_total = 0
    r_total = 0
    for i in range(-n, n):
        q, r = divmod(i, k)
        q_total += q
        r_total += r
    return q_total, r_total


@njit(parallel=True)
def dm_par(a, k):
    s = 0.0
    for i in prange(len(a)):
        q, r = divmod(a[i], k)
        s += q * 1000.0 + r
    return s


for x in (2.675, 2.5, 0.125, -0.125, 1234.5678, 1e300, -1e-300, 0.5, 123456789.987654321, float("inf"), float("nan"), -0.0):
    print(x, [rnd(x, n) for n in (0, 1, 2, 3, -1, -2, 25, 400, -400)])
print(rnd(7, 1), rnd(-15, -1), rnd(True, 0))
print(rnd(np.float32(2.675), 2), rnd(np.float32(1234.5678), -2), rnd(np.float32(3.4e38), 1), rnd(np.float32(0.3), 5))
print(rnd_all(np.linspace(-3.0, 3.0, 13), 1))
print(rnd_all(np.arange(10, dtype=np.float32) / 7, 2))

for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (-9223372036854775807, 2), (7.5, 2.0), (-7.5, 2.0), (7.5, -2.0),
             (0.0, -3.0), (-0.0, 3.0), (7, 2.5), (1e300, 1e-300), (5, True)):
    print(a, b, dm(a, b))
print(dm(np.int32(-7), np.int32(2)), dm(np.uint8(200), np.uint8(7)), dm(np.float32(7.5), np.float32(2.0)))
print(dm_sum(1000, 7), dm_sum(1000, -7))
print(dm_par(np.arange(-50.0, 50.0), 3.5))
for a, b in ((7, 0), (7.0, 0.0), (7, 0.0), (np.uint8(3), np.uint8(0))):
    try:
        dm(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    dm_par(np.arange(4.0), 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
