import numpy as np
x = np.array([0, 1, 1, 3, 2, 1, 7])
print(np.bincount(x), np.bincount(x, minlength=10), np.bincount(np.array([], dtype=np.int64)))
w = np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.1])
print(np.bincount(x, weights=w))
print(np.bincount([1, 1, 2]), np.bincount(np.arange(4, dtype=np.uint8)))
try:
    np.bincount(np.array([1, -1]))
except ValueError as e:
    print("ValueError:", e)
