# @njit callees and prange chunks whose tcc code calls their optimised copy
# once that is built: the corpus's forced mode (STREAK_NB_OSR=1) builds it
# before the first call, so every call below crosses from tcc's code into
# gcc's, with arguments and results of each kind. Tuples that mix integers
# and floats are passed differently by the two compilers: those callees
# stay in tcc code, and must still give the right answer.
import numpy as np
from numba import njit, prange


@njit
def escape(c, limit):
    z = 0.0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


@njit
def image(n, limit):
    out = np.zeros((n, n), dtype=np.int64)
    for j in range(n):
        for i in range(n):
            out[j, i] = escape(complex(-2.0 + 3.0 * i / n, -1.5 + 3.0 * j / n), limit)
    return out


@njit
def stats(a):
    lo = a[0]
    hi = a[0]
    s = 0.0
    for x in a:
        s += x
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi, s


@njit
def count_pair(a, t):
    k = 0
    for x in a:
        if x > t[1]:
            k += t[0]
    return k, float(k) * 0.5


@njit
def int_pair(p, n):
    a, b = p
    for _ in range(n):
        a, b = b, a + b
    return a, b


@njit
def fill(out, v, start):
    for i in range(start, out.shape[0]):
        out[i] = v * i
    return out.sum()


@njit
def ratio_sum(a, d):
    s = 0.0
    for k in range(a.shape[0]):
        s += a[k] / (d - k)
    return s


@njit
def fact(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    if n > 3:
        return r + fact(n - 1) - fact(n - 1)
    return r


@njit
def driver(a):
    lo, hi, s = stats(a)
    k, half = count_pair(a, (3, 0.25))
    p = int_pair((0, 1), 30)
    q = int_pair((2, 3), 5)
    buf = np.zeros(6)
    f = fill(buf, 1.5, 2)
    return lo, hi, s, k, half, p, q, f, fact(8)


@njit
def ratios(a, d):
    t = 0.0
    for k in range(2):
        t += ratio_sum(a, d + k)
    return t


@njit(parallel=True)
def par_rows(m):
    n = m.shape[0]
    out = np.zeros(n)
    total = 0.0
    for r in prange(n):
        s = 0.0
        for c in range(m.shape[1]):
            s += m[r, c] * (c + 1)
        out[r] = s
        total += s
    return out, total


img = image(24, 60)
print(img.sum(), img[12, :8])
print(image(8, 20))
a = np.linspace(-1.0, 1.0, 41)
print(driver(a))
print(driver(a[::3]))
print(ratios(np.arange(4.0), 10))
try:
    ratios(np.arange(4.0), 2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
m = np.arange(60.0).reshape(12, 5)
out, total = par_rows(m)
print(out, total)
out, total = par_rows(m[::2])
print(out, total)
