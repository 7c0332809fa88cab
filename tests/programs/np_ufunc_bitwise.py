# outcmp: exact
import numpy as np
a = np.array([12, 10, 255, 0, -1])
b = np.array([10, 6, 15, 7, 1])
print(a & b, a | b, a ^ b, ~a)
print(np.bitwise_and(a, b), np.bitwise_or(a, b), np.bitwise_xor(a, b), np.invert(a))
print(a << 2, a >> 1, np.left_shift(1, np.arange(8)), np.right_shift(256, np.arange(5)))
u = np.array([0, 1, 0x0F, 0xF0, 0xFF], dtype=np.uint8)
print(~u, u << 4, u >> 4, u & 0x3C, u | 1, u ^ 0xFF)
print((u << 4).dtype, (u & 0x3C).dtype, (u ^ 256).dtype)
i8 = np.array([1, -128, 127], dtype=np.int8)
print(~i8, i8 << 1, i8 >> 1, i8 >> 7)
print(np.bitwise_and.reduce(np.array([0xFF, 0x3C, 0x18])), np.bitwise_or.reduce(np.array([1, 2, 8])), np.bitwise_xor.reduce(np.arange(8)))
print(np.bitwise_or.accumulate(np.array([1, 2, 4, 8])), np.bitwise_xor.accumulate(np.array([5, 5, 3])))
print(np.array([True, False]) & np.array([1, 3]), np.array([True, False]) | 2)
try:
    np.array([1.5]) & np.array([1])
except TypeError as e:
    print("TypeError:", e)
out = np.zeros(5, dtype=np.int64)
np.bitwise_and(a, b, out=out)
print(out)
print(np.array([2**62]) << 1, np.array([1], dtype=np.uint64) << np.uint64(63))
