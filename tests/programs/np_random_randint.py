# outcmp: exact
import numpy as np
np.random.seed(12345)
print(np.random.randint(10), np.random.randint(5, 10), np.random.randint(0, 100, 8))
print(np.random.randint(1, 7, size=(3, 4)))
print(np.random.randint(-5, 5, 10), np.random.randint(2, size=12))
print(type(np.random.randint(10)).__name__, np.random.randint(0, 10, 3).dtype)
print(np.random.randint(0, 2**31, 3), np.random.randint(0, 2**40, 3), np.random.randint(-2**62, 2**62, 2))
print(np.random.randint(0, 256, 5, dtype=np.uint8), np.random.randint(-100, 100, 4, dtype=np.int8))
print(np.random.randint(0, 1000, 4, dtype=np.int16), np.random.randint(0, 10, 3, dtype=np.int32).dtype)
print(np.random.randint(0, 3, 20), np.random.randint(100, 101, 3))
np.random.seed(0)
r = np.random.randint(0, 6, 6000)
print(np.bincount(r), r.sum())
try:
    np.random.randint(5, 5)
except ValueError as e:
    print("ValueError:", e)
np.random.seed(8)
print([np.random.randint(1000) for _ in range(6)], np.random.randint(0, 7, size=0))
