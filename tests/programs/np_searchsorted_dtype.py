# np.searchsorted compares in the promotion of the array's dtype and the
# keys' own dtype, a Python float counting as float64 (no value-based
# casting): 0.1 sorts after float32(0.1) = 0.10000000149... on the right.
import numpy as np
a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
for v in [0.1, 0.2, np.float32(0.2), np.float64(0.2), [0.1, 0.3], np.array([0.1, 0.3], dtype=np.float32), 1, True, np.int8(0)]:
    print(repr(v), np.searchsorted(a, v), np.searchsorted(a, v, side='right'), a.searchsorted(v) if hasattr(a, 'searchsorted') else '')
b = np.array([1, 2, 3, 200], dtype=np.uint8)
for v in [2, 2.5, -1, 300, 199.99, np.int8(-1), np.float32(2.0000001), [1, 2.5]]:
    print(repr(v), np.searchsorted(b, v), np.searchsorted(b, v, side='right'))
c = np.array([0, 2**53, 2**62])
for v in [2**53 + 1, 2.0**53, 2**62 + 0.0, np.uint64(2**63), 2**63]:
    print(repr(v), np.searchsorted(c, v), np.searchsorted(c, v, side='right'))
print(np.searchsorted(np.array([True, False]), 0.5), np.searchsorted(np.array([1 + 1j, 2]), 1.5))
