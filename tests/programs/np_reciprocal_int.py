# np.reciprocal on integer arrays: NumPy computes 1.0 / a and converts back,
# so 1 and -1 survive, everything else truncates to 0, and a zero divisor
# gives INT_MIN for 32/64-bit ints (x86's conversion of inf) but 0 for
# the narrower ones.
import numpy as np

for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    a = np.array([0, 1, 2, 5], dtype=dt)
    print(dt.__name__, np.reciprocal(a), np.reciprocal(a[::-1]))
    print(np.reciprocal(a[0]), np.reciprocal(a[1]), np.reciprocal(a[2]))
s = np.array([-1, 0, 1, -7], dtype=np.int32)
print(np.reciprocal(s), np.reciprocal(s.astype(np.int64)), np.reciprocal(s.astype(np.int16)))
print(np.reciprocal(np.array([[0, 1], [-1, 3]])))
print(np.reciprocal(np.array([0.0, 2.0, -4.0])))
