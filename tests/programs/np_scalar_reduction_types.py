# outcmp: exact
import numpy as np
arrs = [np.arange(5, dtype=np.int8), np.arange(5, dtype=np.int32), np.arange(5), np.arange(5, dtype=np.uint8),
        np.arange(5, dtype=np.uint32), np.arange(5, dtype=np.float32), np.arange(5.0), np.arange(5) * (1 + 1j),
        np.arange(5, dtype=np.complex64), np.array([True, False, True])]
for a in arrs:
    res = [a.sum(), a.prod(), a.min(), a.max(), a.mean(), a.argmax(), a.cumsum()[-1], a.all(), a.any()]
    print(a.dtype.name, ' '.join(type(r).__name__ for r in res))
    print('   ', ' '.join(repr(r) for r in res))
f = np.arange(5.0)
print(type(f.std()).__name__, type(f.var()).__name__, type(np.arange(5, dtype=np.float32).std()).__name__)
print(type(np.dot(f, f)).__name__, type(f @ f).__name__, type(np.arange(3) @ np.arange(3)).__name__)
print(type(f[0]).__name__, type(f.item(0)).__name__, type(f.tolist()[0]).__name__, type(np.sum([1, 2])).__name__)
print(type(np.float32(1) * 2).__name__, type(np.int8(1) * 2).__name__, type(np.int8(1) * 2.0).__name__, type(np.uint8(1) + np.int8(1)).__name__)
print(type(np.float64(1) + np.float32(1)).__name__, type(np.complex64(1) * 2.0).__name__, type(np.bool_(True) + 1).__name__)
print(type(np.int64(2) ** 2).__name__, type(np.int64(5) / 2).__name__, type(np.int64(5) // 2).__name__, type(np.int32(5) // 2).__name__)
print(type(len(f)).__name__, type(f.size).__name__, type(f.shape[0]).__name__, type(f.argmax()).__name__)
