# Numba's integer typing in @njit: arithmetic on two ints is 64-bit,
# signed if either operand is (uint64 + int64 is int64, not NumPy's
# float64); unary - and ~ work in the operand's own width, then widen.
import numpy as np
from numba import njit


@njit
def arith(a, b):
    return a + b, a - b, a * b, a // b, a % b, a / b


@njit
def bits(a, i):
    return a[0] + i, a[0] ** 2, a[0] & i, a[0] | i, a[0] ^ i, a[0] << 1, a[0] >> 1


@njit
def accumulate(a):
    s = 0
    for x in a:
        s += x
    return s


@njit
def unary(a):
    return -a[0], ~a[0], +a[0]


@njit
def unary_scalar(x):
    return -x, ~x


print(arith(np.uint8(200), np.uint8(100)))
print(arith(np.uint64(10), 5))
print(arith(np.int8(100), np.int8(100)))
print(arith(np.uint64(2**63 + 5), np.int64(-7)))
print(arith(np.uint32(7), np.int16(-2)))
print(bits(np.array([10], dtype=np.uint64), 5))
print(bits(np.array([200], dtype=np.uint8), 5))
print(accumulate(np.array([2**63, 5], dtype=np.uint64)))
print(accumulate(np.arange(250, 260).astype(np.uint8)))
for dt in (np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32, np.uint64, np.int64):
    v = -128 if dt == np.int8 else 200
    print(dt.__name__, unary(np.array([v], dtype=dt)))
print(unary_scalar(True), unary_scalar(False))
print(unary_scalar(np.uint8(3)), unary_scalar(np.int16(-32768)))
