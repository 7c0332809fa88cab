# outcmp: exact
import numpy as np
for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    a = np.array([7, 100, 3, 0], dtype=dt)
    b = np.array([2, 3, 5, 9], dtype=dt)
    print(dt.__name__, a + b, a - b, a * b, a // b, a % b, (a // b).dtype)
    print('   ', a * a * a, a ** 2, np.maximum(a, b), a.sum(), a.cumsum(), (a / b).dtype)
    print('   ', a << 1, a >> 1, a & b, a | b, a ^ b, ~b)
small = np.array([-3, 3], dtype=np.int8)
print(small // 2, small % 2, -small // 2, small // -2, np.abs(small), np.sign(small))
print(np.negative(np.array([1, 2], dtype=np.uint8)), np.negative(np.array([1], dtype=np.uint64)))
big = np.array([2**31 - 1, -2**31], dtype=np.int32)
print(big + 1, big - 1, big * 2, big // -1, np.abs(big))
