# Optional values in @njit (Numba's OptionalType): functions returning a value
# or None, locals set to None first, `is None` tests, and the TypeError
# when None is used as a number.
import numpy as np
from numba import njit

@njit
def find(a, x):
    for i in range(len(a)):
        if a[i] == x:
            return i
    return None

@njit
def first_neg(a):
    for v in a:
        if v < 0:
            return v
    return None

@njit
def use(a, x):
    r = find(a, x)
    if r is None:
        return -1
    return r * 2

@njit
def use_bad(a, x):
    r = find(a, x)
    return r + 1

@njit
def maybe_arr(n):
    if n > 0:
        return np.arange(n)
    return None

@njit
def opt_local(n):
    best = None
    for i in range(n):
        if i % 3 == 2:
            best = i
    if best is not None:
        return best * 10
    return 0

@njit
def cond_expr(x):
    return x if x > 0 else None

@njit
def plain_return(x):
    if x > 0:
        return 1.5
    return

print(find(np.arange(5), 3), find(np.arange(5), 7), first_neg(np.array([1.0, -2.5])), first_neg(np.ones(2)))
print(use(np.arange(5), 3), use(np.arange(5), 9), use_bad(np.arange(5), 4))
try:
    use_bad(np.arange(5), 9)
except TypeError as e:
    print("TypeError:", e)
print(maybe_arr(3), maybe_arr(0), opt_local(10), opt_local(2))
print(cond_expr(2), cond_expr(-1), cond_expr(0.5), plain_return(1), plain_return(-1))
