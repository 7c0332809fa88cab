import numpy as np
a = np.array([1, 2, 2, 3, 5, 8])
print(np.searchsorted(a, 2), np.searchsorted(a, 2, side="right"), np.searchsorted(a, [0, 4, 9]))
print(a.searchsorted(np.array([[2, 3], [5, 6]])), np.searchsorted(a, 2.5))
f = np.array([0.5, 1.5, np.nan])
print(np.searchsorted(f, [1.0, np.nan, 2.0]), np.searchsorted(f, np.nan, side="right"))
print(np.searchsorted([3, 1, 2], 2, sorter=[1, 2, 0]))
try:
    np.searchsorted(a, 1, side="middle")
except ValueError as e:
    print("ValueError:", e)
