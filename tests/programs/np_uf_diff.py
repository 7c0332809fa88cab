import numpy as np
a = np.array([1, 4, 9, 16, 25])
print(np.diff(a), np.diff(a, n=2), np.diff(a, n=0), np.diff(np.array([1.5, 0.5, 3.0])))
m = np.arange(12).reshape(3, 4) ** 2
print(np.diff(m), np.diff(m, axis=0), np.diff(m, n=2, axis=1))
print(np.diff(np.array([True, False, False, True])), np.diff(a, prepend=0), np.diff(a, append=[30, 40]))
print(np.diff(np.array([1], dtype=np.uint8) - np.array([2], dtype=np.uint8)) if False else np.diff(np.array([5, 3], dtype=np.uint8)))
