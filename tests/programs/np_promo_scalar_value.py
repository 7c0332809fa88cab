# outcmp: exact
import numpy as np
a = np.arange(3, dtype=np.int8)
for v in [1, -1, 127, 128, -129, 1000, 70000, 2**40, 1.5, 1j, True]:
    r = a + v
    print(repr(v), r.dtype, r)
u = np.arange(3, dtype=np.uint8)
for v in [1, 255, 256, -1, -200, 2.0]:
    r = u + v
    print(repr(v), r.dtype, r)
f = np.arange(3, dtype=np.float32)
for v in [1, 1.5, 1e300, 2**40, 1j]:
    r = f * v
    print(repr(v), r.dtype)
print((a + np.int64(1)).dtype, (a + np.float64(1.5)).dtype, (f + np.float64(2)).dtype)
print((a + np.array(300)).dtype, (a + np.array(3)).dtype, (f + np.array(0.5)).dtype)
print((a * 2).dtype, (a / 2).dtype, (a // 2).dtype, (a ** 2).dtype, (a % 2).dtype)
print((u - 1).dtype, u - 1, (2 * u).dtype)
print((np.arange(3, dtype=np.int16) + 40000).dtype)
print((np.array([True, False]) + 1).dtype, (np.array([True]) * 1.5).dtype)
print((np.ones(2, dtype=np.complex64) * 2.5).dtype, (np.ones(2, dtype=np.complex64) * 1e300).dtype)
print(np.where(a > 0, a, 0).dtype, np.maximum(a, 1).dtype, np.maximum(u, -1).dtype)
