# range loops in @njit whose step would carry the counter past the int64
# limits: the loop ends there (it looped for ever), as Numba counts its trips.
from numba import njit
M = 2**63 - 1
@njit
def f(a, b, k):
    n = 0
    last = 0
    for i in range(a, b, k):
        n += 1
        last = i
    return n, last
@njit
def g(a, b):
    n = 0
    for i in range(a, b, 5):
        n += 1
    return n
@njit
def h(a, b):
    n = 0
    for i in range(a, b, -3):
        n += 1
    return n
print(f(M - 1, M, 5), f(M - 7, M, 3), f(-M - 1 + 1, -M - 1, -4), f(0, 10, 3))
print(g(M - 1, M), g(M - 12, M), g(0, 11))
print(h(-M, -M - 1), h(-M + 5, -M - 1), h(10, 0))
