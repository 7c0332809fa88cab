# outcmp: exact
import numpy as np
a = np.array([0, 1, 1, 3, 2, 1, 7])
print(np.bincount(a), np.bincount(a).dtype)
print(np.bincount(a, minlength=10))
print(np.bincount(a, minlength=3))
w = np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.25])
print(np.bincount(a, weights=w), np.bincount(a, weights=w).dtype)
print(np.bincount(np.array([], dtype=np.int64)), np.bincount(np.array([], dtype=np.int64), minlength=3))
print(np.bincount(np.array([5], dtype=np.uint8)), np.bincount([2, 2, 2]))
print(np.bincount(np.array([1, 1, 2]), weights=np.array([1, 2, 3])))
try:
    np.bincount(np.array([1, -1]))
except ValueError as e:
    print("ValueError:", e)
try:
    np.bincount(np.array([1.5, 2.0]))
except TypeError as e:
    print("TypeError:", e)
d = (np.arange(100) * 13) % 10
print(np.bincount(d), np.bincount(d).sum(), np.bincount(d).argmax())
