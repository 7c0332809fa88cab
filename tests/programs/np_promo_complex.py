# outcmp: exact
import numpy as np
c64 = np.array([1 + 2j, 3 - 1j], dtype=np.complex64)
c128 = np.array([0.5j, 2])
print((c64 + c128).dtype, c64 + c128)
print((c64 + np.ones(2)).dtype, (c64 + np.ones(2, np.float32)).dtype, (c64 + np.ones(2, np.int16)).dtype)
print((c64 + np.ones(2, np.int32)).dtype, (c64 * 2).dtype, (c64 * 2.5).dtype, (c64 * 1j).dtype)
print((np.arange(3) + 1j).dtype, np.arange(3) + 1j)
print((np.arange(3, dtype=np.float32) + 1j).dtype, (np.arange(3, dtype=np.float32) * np.complex128(1j)).dtype)
print(c128 * c128, c128 / 2, c128 - 1)
print(c64 * c64)
print(np.array([1 + 1j]) == np.array([1 + 1j]), np.array([1 + 0j]) == 1)
print(np.array([2 + 0j, 1j, -1]) ** 2)
print((np.array([True]) + 1j).dtype, np.array([3], np.uint8) * 1j)
