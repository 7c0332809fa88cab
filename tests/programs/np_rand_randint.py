# outcmp: exact
# np.random.randint: legacy masked rejection sampling, 32-bit draws for
# ranges that fit 32 bits, dtypes, bounds and sizes.
import numpy as np

np.random.seed(0)
print(np.random.randint(10))
print(type(np.random.randint(10)))
print(np.random.randint(5, 15))
print(np.random.randint(-100, 100, size=8).tolist())
print(np.random.randint(1, 7, size=(3, 4)).tolist())
print(np.random.randint(0, 2, 10).tolist())
print(np.random.randint(3, size=0).tolist())
print(np.random.randint(low=2, high=4, size=3).tolist())
print(np.random.randint(1).tolist() if hasattr(np.random.randint(1), 'tolist') else 0)
print(np.random.randint(5, 6, size=4).tolist())

# powers of two and their neighbours (mask edges)
for hi in [1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257, 65535, 65536, 2**31, 2**32 - 1, 2**32, 2**32 + 1]:
    print(hi, np.random.randint(hi, size=4).tolist())

# 64-bit ranges
print(np.random.randint(2**40, size=3).tolist())
print(np.random.randint(-2**62, 2**62, size=3).tolist())
print(np.random.randint(-2**63, 2**63 - 1, size=2).tolist())
print(np.random.randint(-2**63, 2**63, size=2).tolist())
print(np.random.randint(2**63))
print(np.random.randint(10**12, 10**12 + 5, size=5).tolist())

# floats are truncated like int()
print(np.random.randint(10.7, size=3).tolist())
print(np.random.randint(2.5, 9.9, size=3).tolist())

# dtypes
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, 'int32', 'i8']:
    a = np.random.randint(0, 100, size=6, dtype=dt)
    print(a.dtype, a.tolist())
print(np.random.randint(0, 256, size=5, dtype=np.uint8).tolist())
print(np.random.randint(-128, 128, size=5, dtype=np.int8).tolist())
print(np.random.randint(0, 65536, size=5, dtype=np.uint16).tolist())
print(np.random.randint(0, 2**32, size=3, dtype=np.uint32).tolist())
print(np.random.randint(0, 2**64, size=2, dtype=np.uint64).tolist())
print(np.random.randint(2, size=10, dtype=bool).tolist())
print(np.random.randint(0, 1, size=3, dtype=bool).tolist())
print(np.random.randint(2, dtype=bool))
print(np.random.randint(50, dtype=np.int32), np.random.randint(50, dtype=np.uint8), type(np.random.randint(3, dtype=np.int16)))
print(np.random.randint(2**40, dtype=np.int64))
