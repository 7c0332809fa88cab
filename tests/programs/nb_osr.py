# @njit calls that move from tcc code to the optimised build in the middle
# of their loops (on-stack replacement): the corpus's forced mode sets
# STREAK_NB_OSR=1, so each call below moves at its first OSR point with
# its locals, loop counters, bounds and for-else flags.
import numpy as np
from numba import njit, prange


@njit
def nested(n, step):
    total = 0.0
    count = 0
    for i in range(1, n, step):
        for j in range(i, 0, -2):
            total += i * 0.5 - j
            count += 1
        if count > 10_000:
            break
    return total, count


@njit
def loop_else(n):
    found = -1
    for i in range(n):
        if i * i == 49:
            found = i
            break
    else:
        found = -2
    k = 0
    while k < n:
        k += 3
    else:
        k = -k
    return found, k


@njit
def rows(a):
    out = np.zeros(a.shape[0])
    r = 0
    for row in a:
        s = 0.0
        for x in row:
            s += x * x
        out[r] = s
        r += 1
    return out


@njit
def early_return(a, limit):
    acc = 0
    for i in range(a.size):
        acc += a[i]
        if acc > limit:
            return i, acc
    return -1, acc


@njit
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    if n > 3:
        r += fact(n - 1)
    return r


@njit
def draws(n):
    np.random.seed(7)
    s = 0.0
    for i in range(n):
        s += np.random.random()
    return s


@njit(parallel=True)
def par_rows(n):
    out = np.empty(n)
    for i in prange(n):
        out[i] = i * 0.25
    t = 0.0
    for i in range(n):
        t += out[i]
    return out, t


@njit
def tuple_loop(n):
    s = 0
    for k in (1, 2, 3):
        for i in range(n):
            s += k * i
    return s


print(nested(60, 3))
print(nested(5, 7))
print(loop_else(10), loop_else(5))
print(rows(np.arange(12.0).reshape(4, 3)))
print(early_return(np.arange(100), 200), early_return(np.arange(5), 1000))
print(fact(10))
print(draws(1000))
o, t = par_rows(9)
print(o, t)
print(tuple_loop(100))
