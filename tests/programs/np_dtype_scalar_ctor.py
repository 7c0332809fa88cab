# outcmp: exact
import numpy as np
vals = [np.int8(-5), np.int16(300), np.int32(-70000), np.int64(2**40),
        np.uint8(200), np.uint16(60000), np.uint32(4000000000), np.uint64(2**63),
        np.float32(0.1), np.float64(0.1), np.complex64(1 + 2j), np.complex128(0.5j), np.bool_(True)]
for v in vals:
    print(type(v).__name__, repr(v), str(v), v.dtype, v.itemsize)
print(np.int8(100) + np.int8(20), np.uint8(250) + np.uint8(3))
print(np.float32(1) / np.float32(3), repr(np.float32(1) / np.float32(3)))
print(np.float64(1) / 3, repr(np.float64(2) ** 0.5))
print(type(np.int8(1) + 1).__name__, type(np.float32(1) + 1.0).__name__, type(np.int64(1) + 1.0).__name__)
print(type(np.int32(1) + np.int64(1)).__name__, type(np.uint8(1) + np.int8(1)).__name__)
print(int(np.uint64(2**63)), float(np.float32(0.1)), complex(np.complex64(1 + 2j)), bool(np.bool_(False)))
print(np.float64(3.5).is_integer(), np.float64(3.0).is_integer(), np.int64(7) // 2, np.int64(-7) % 3)
print(np.float64(1e16), np.float64(1e15), np.float64(1.5e-5), np.float64(0.0001))
print(np.float32(1e16), np.float32(1e-5), np.float32(123456.79))
