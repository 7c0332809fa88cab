# outcmp: exact
import numpy as np
for t in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16,
          np.uint32, np.uint64, np.float32, np.float64, np.complex64, np.complex128]:
    a = np.zeros(3, dtype=t)
    d = a.dtype
    print(d, d.name, repr(d), d.itemsize, d.kind, a.nbytes, a.strides)
print(np.dtype('int32'), np.dtype('float64'), np.dtype(np.uint8) == np.uint8)
print(np.zeros(2, dtype='int16').dtype, np.zeros(2, dtype='f4').dtype, np.zeros(2, dtype='c16').dtype)
print(np.zeros(2, dtype=float).dtype, np.zeros(2, dtype=int).dtype, np.zeros(2, dtype=complex).dtype, np.zeros(2, dtype=bool).dtype)
print(np.array([1, 2]).dtype == np.int64, np.array([1.0]).dtype == np.float64)
print(np.dtype(np.float32).type is np.float32, np.int64 is np.dtype('int64').type)
