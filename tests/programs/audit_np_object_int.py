# Python ints beyond 64 bits next to NumPy values where NumPy stays numeric
# (scalar arithmetic, comparisons, explicit float dtypes, uint64-sized ints,
# stores). Where NumPy makes an object array streak refuses by name
# (tests/cli.sh object-int-array).
import numpy as np

print(repr(np.float64(1) + 2**70), repr(np.int64(1) + 2**70))
print(repr(np.array([2**70], dtype=float)), repr(np.array([1], np.uint64) + -1))
print(repr(np.array([1], np.int64) + 2**63), repr(np.array([2**64 - 1, 1])))
print(repr(np.full(2, 2**70, dtype=float)))
print(np.array([1.0, 2.0]) == 2**70, np.array([1.0, 2.0]) < 2**70)
a = np.zeros(2)
a[0] = 2**70
print(a, np.array([1, 2])[0] + 2**70)
