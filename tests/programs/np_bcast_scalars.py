# outcmp: exact
import numpy as np
a = np.arange(4, dtype=np.int16)
for s in [np.int8(3), np.int16(3), np.int32(3), np.int64(3), np.uint8(3), np.uint64(3),
          np.float32(1.5), np.float64(1.5), np.complex64(1j), True, 3, 3.0, 100000, -1]:
    r = a + s
    print(type(s).__name__, r.dtype, r)
f = np.arange(3, dtype=np.float32)
for s in [np.float64(0.1), 0.1, np.int64(2**40), 2**40, np.complex128(1j), 1j]:
    r = f * s
    print(type(s).__name__, r.dtype, r)
print((np.array(5, dtype=np.int8) + np.array(5, dtype=np.int16)).dtype, (np.array(5, dtype=np.int8) + 200).dtype)
print((np.arange(3, dtype=np.int8) + np.array([200])).dtype, (np.arange(3, dtype=np.int8) + np.array(200)).dtype)
print(np.int16(3) * np.arange(3, dtype=np.int8), (np.float64(2) * np.arange(3, dtype=np.float32)).dtype)
