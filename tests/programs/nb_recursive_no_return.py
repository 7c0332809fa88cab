# A recursive @njit function that returns no value (an in-place quicksort,
# a tree walk filling an array): its type is None from the start, so the
# recursive calls type while it is being typed, as in Numba.
import numpy as np
from numba import njit


@njit
def quicksort(a, lo, hi):
    if lo < hi:
        p = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < p:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        quicksort(a, lo, i - 1)
        quicksort(a, i + 1, hi)


@njit
def fill(out, node, depth):
    if depth == 0 or node >= out.shape[0]:
        return
    out[node] = depth
    fill(out, 2 * node + 1, depth - 1)
    fill(out, 2 * node + 2, depth - 1)
    return None


@njit
def sort_copy(a):
    b = a.copy()
    quicksort(b, 0, b.shape[0] - 1)
    return b


x = np.array([5.0, 3.0, 8.0, 1.0, 9.0, 2.0, 7.0])
print(quicksort(x, 0, x.shape[0] - 1), x)
t = np.zeros(10, dtype=np.int64)
fill(t, 0, 3)
print(t)
print(sort_copy(np.array([3, 1, 2, 9, -4])))
