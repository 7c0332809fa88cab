# outcmp: exact
import numpy as np
for dt in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
           np.uint64, np.float32, np.float64, np.complex64, np.complex128]:
    a = np.arange(3).astype(dt)
    print(repr(a))
    print(repr(np.zeros(0, dtype=dt)))
    print(repr(np.array(1, dtype=dt)), repr(a[1:2]))
print(repr(np.zeros((2, 0), dtype=np.int8)), repr(np.zeros((0, 2, 2), dtype=np.complex64)))
print(repr(np.arange(15, dtype=np.int32)))
print(repr(np.arange(12, dtype=np.float32).reshape(3, 4) / 3))
