# `item in array` is NumPy's (array == item).any(): a row broadcasts against
# a 2-d array, a Python float is cast by value (0.1 is in a float32 array of
# 0.1), a str or a shape that does not broadcast is never in it.
import numpy as np
a = np.array([[1, 2], [3, 4]])
f = np.array([0.1, 0.5], dtype=np.float32)
for item, arr in [([1, 2], a), ([1, 3], a), ([[1, 2], [3, 4]], a), ([2], a), ((3, 4), a), (np.array([3, 4]), a), (4, a), (4.0, a), (5, a), (0.1, f), (np.float32(0.1), f), (0.5, f), (np.float64(0.1), f), (np.nan, np.array([np.nan])), (300, np.array([44], dtype=np.int8)), (True, np.array([1])), ('a', a), (None, a), ([1, 2, 3], a), (1 + 0j, a)]:
    try:
        print(repr(item), item in arr, item not in arr)
    except Exception as e:
        print(repr(item), type(e).__name__, e)
a = np.arange(10, dtype=np.float32) / 10
hits = 0
for k in range(50):
    if (k % 10) / 10 in a:
        hits += 1
    if [k % 4, k % 4 + 1] in np.array([[0, 1], [2, 3]]):
        hits += 100
print(hits)
