# outcmp: exact
import numba
import numpy as np


@numba.jit(nopython=True)
def sum_squares(arr):
    total = 0.0
    for i in range(len(arr)):
        total += arr[i] ** 2
    return total


a = np.arange(10, dtype=np.float64)
print(sum_squares(a))
b = np.linspace(0.0, 1.0, 101)
print(repr(sum_squares(b)))
s = 0.0
for v in b:
    s += v ** 2
print(repr(s), sum_squares(b) == s)
print(sum_squares(np.arange(1000) * 0.001))
print(sum_squares(np.array([1, 2, 3])), type(sum_squares(np.array([1, 2, 3]))).__name__)
print(sum_squares(np.array([0.5, -1.5], dtype=np.float32)))
print(sum_squares(np.zeros(0)))
print(len(sum_squares.signatures), sum_squares.py_func(a))
