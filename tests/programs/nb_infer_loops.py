# outcmp: exact
from numba import njit
import numpy as np


@njit
def collatz_max(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


@njit
def first_negative(arr):
    for i in range(arr.size):
        if arr[i] < 0:
            return i
    return -1


@njit
def skip_sum(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 50:
            break
        s += i
    return s


@njit
def rev_range(n):
    out = np.empty(n, dtype=np.int64)
    k = 0
    for i in range(n - 1, -1, -1):
        out[k] = i * i
        k += 1
    return out


print(collatz_max(1000), collatz_max(10))
print(first_negative(np.array([1.0, 2.0, -0.5, -3.0])), first_negative(np.arange(5)))
print(skip_sum(10), skip_sum(100))
print(rev_range(6))
