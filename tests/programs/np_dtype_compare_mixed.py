# outcmp: exact
import numpy as np
i8 = np.array([-1, 0, 127], dtype=np.int8)
u8 = np.array([255, 0, 127], dtype=np.uint8)
print(i8 == u8, i8 < u8, i8.astype(np.uint8) == u8)
print(u8 > -1, u8 == 255, u8 == 255.0, i8 == -1.0)
u64 = np.array([2**64 - 1, 0], dtype=np.uint64)
i64 = np.array([-1, 0])
print(u64 == i64, u64 > i64, u64 == 18446744073709551615)
f = np.array([0.1, 0.5], dtype=np.float32)
print(f == 0.1, f == np.float32(0.1), f == 0.5, f.astype(np.float64) == 0.1)
print(np.array([1, 2]) == np.array([1.0, 2.000000001]), np.array([2**53]) == np.array([2.0**53 + 1]))
print(np.array([1 + 0j, 2j]) == np.array([1, 0]), np.array([True, False]) == np.array([1.0, 0.0]))
print(np.array([3]) > np.array([2.9]), np.array([-1], dtype=np.int8) < np.array([0], dtype=np.uint64))
