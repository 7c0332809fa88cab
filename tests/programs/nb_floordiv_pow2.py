# Floor division and remainder by a power of two in @njit: a shift and a
# mask, exact for negative operands (Python's floor rules) and for every
# signed width; other divisors and unsigned ints keep the general path.
import numpy as np
from numba import njit


@njit
def by_pow2(x):
    return x // 1, x % 1, x // 2, x % 2, x // 8, x % 8, x // 1024, x % 1024


@njit
def by_others(x):
    return x // 3, x % 3, x // -2, x % -2, x // -8, x % -8


@njit
def parity_sum(n):
    even = 0
    odd = 0
    for i in range(-n, n):
        if i % 2 == 0:
            even += i // 4
        else:
            odd += i % 16
    return even, odd


@njit
def array_elems(a):
    out = np.empty(a.shape[0] * 2, dtype=np.int64)
    for i in range(a.shape[0]):
        out[2 * i] = a[i] // 4
        out[2 * i + 1] = a[i] % 4
    return out


@njit
def typed_results(a):
    return a[0] // 2, a[1] % 8


for x in (0, 1, 7, 8, 9, -1, -7, -8, -9, -1023, -1024, -1025, 2**62 + 3, -2**63):
    print(x, by_pow2(x), by_others(x))
print(parity_sum(1000))
for dt in (np.int8, np.int16, np.int32, np.int64):
    a = np.array([0, -1, -5, 127, -128, 3], dtype=dt)
    print(dt.__name__, array_elems(a), typed_results(a))
for dt in (np.uint8, np.uint32):
    a = np.array([0, 1, 5, 127, 100, 3], dtype=dt)
    print(dt.__name__, array_elems(a), typed_results(a))
print(by_pow2(True), by_pow2(False))
