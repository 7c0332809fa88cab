import numpy as np
a = np.array([7, -7, 3, 0, -1, 100], dtype=np.int64)
b = np.array([2, 2, -2, 5, 3, -7], dtype=np.int64)
print(a + b, a - b, a * b)
print(a // b, a % b, np.fmod(a, b))
print(a / b)
print(a ** 2, np.power(b, 3))
print(np.floor_divide(a, 0), np.remainder(a, 0))
print(-a, +a, abs(a), np.absolute(a), ~a)
print(np.negative(a), np.sign(a), np.square(b))
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.uint64]:
    x = np.array([1, 2, 3, 100, 127], dtype=dt)
    y = x * 3
    print(x.dtype, y, y.dtype, (x + x).dtype, (x - 1).dtype)
big = np.array([2**62, -2**62], dtype=np.int64)
print(big * 4, big + big)
print(np.array([200, 100], dtype=np.uint8) + np.array([100, 200], dtype=np.uint8))
print(np.array([-128], dtype=np.int8) // np.array([-1], dtype=np.int8))
try:
    print(np.arange(3) ** -1)
except ValueError as e:
    print("ValueError:", e)
print(np.left_shift(np.arange(5), 2), np.right_shift(np.array([-16, 16]), 2), np.arange(4) << 70)
print(np.bitwise_and(12, 10), np.bitwise_or(np.arange(4), 8), np.bitwise_xor(np.arange(4), 1))
print(5 - np.arange(3), 10 // np.arange(1, 4), 2 ** np.arange(5))
