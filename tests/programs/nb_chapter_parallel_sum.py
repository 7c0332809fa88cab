# outcmp: exact
import numba
import numpy as np


@numba.njit(parallel=True)
def parallel_sum(arr):
    total = 0.0
    for i in numba.prange(len(arr)):
        total += arr[i] ** 2
    return total


a = np.arange(1000, dtype=np.float64)
print(parallel_sum(a), float((a ** 2).sum()))
b = np.ones(777)
print(parallel_sum(b))
c = np.arange(50, dtype=np.float64) * 0.5
print(parallel_sum(c), np.isclose(parallel_sum(c), (c ** 2).sum()))
print(parallel_sum(np.zeros(0)), parallel_sum(np.array([3.0])))
print(round(parallel_sum(np.linspace(0, 1, 1001)), 9))
