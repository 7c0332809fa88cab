# sorted() and list.sort() in @njit follow Numba's list quicksort: the plain
# a < b order (NaNs are not moved to the end, unlike np.sort), reverse=True
# (a constant or a runtime bool/int) sorts by a > b, strings too.
from numba import njit
from numba.typed import List
import numpy as np


@njit
def srt(a):
    return sorted(a)


@njit
def srt_rev(a):
    return sorted(a, reverse=True)


@njit
def srt_flag(a, r):
    return sorted(a, reverse=r)


@njit
def sort_rev(a):
    a.sort(reverse=True)
    return a


@njit
def sort_fwd(a):
    a.sort(reverse=False)
    return a


@njit
def sort_typed(n):
    l = List()
    for i in range(n):
        l.append((i * 7) % 5)
    l.sort(reverse=True)
    return l


nan = float("nan")
print(srt_rev([3, 1, 2]), sort_rev([3, 1, 2]), sort_fwd([3, 1, 2]))
print(srt([0.0, -0.0, 1.0, nan, -1.0, 0.0]))
print(srt_rev([0.0, -0.0, 1.0, nan, -1.0, 0.0]))
print(sort_rev([0.0, -0.0, 1.0, nan, -1.0, 0.0]))
big = [float((i * 37) % 23) if i % 7 else nan for i in range(40)]
print(srt(big))
print(srt_rev(big))
print(srt_flag([2, 1, 3], True), srt_flag([2, 1, 3], False), srt_flag([2, 1, 3], 2), srt_flag([2.5, 1.5], 0))
print(srt_rev(["b", "a", "c"]), sort_rev(["x", "yy", "a"]), srt_rev([True, False, True]))
print(list(sort_typed(9)))
