# Counted loops (jit/gccjit.c build_counted): loops whose only exit is the
# trip test run in guard-free chunks; every form of trip test, chunk
# boundaries, float reductions in order, memory recurrences, nested loops.
import numpy as np


def fsum_range(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * 0.5
    return s


def while_lt(n):
    i = 0
    s = 0.0
    while i < n:
        s += 1.0 / (i + 1)
        i += 1
    return s, i


def while_le(n):
    i = 3
    s = 0.0
    while i <= n:
        s += 1.0 / (i * i)
        i += 1
    return s, i


def while_gt(n):
    i = n
    s = 0.0
    while i > 0:
        s += (i % 7) * 0.25
        i -= 1
    return s, i


def while_ge(n):
    i = n
    s = 0.0
    while i >= -5:
        s = s * 0.5 + i
        i -= 1
    return s, i


def down_range(a):
    s = 0.0
    for i in range(len(a) - 1, -1, -1):
        s = s * 0.999 + a[i]
    return s


def prefix(a):
    for i in range(1, len(a)):
        a[i] = a[i - 1] + a[i]
    return a


def shift_store(a):
    for i in range(len(a) - 1):
        a[i + 1] = a[i] * 0.5 + 1.0
    return a


def mult_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) * v[j]
        out[i] = s


def int_mix(a, b):
    s = 0
    for i in range(len(a)):
        s += a[i] * b[i] + (i >> 2)
    return s


def stencil(u, un, steps):
    n = u.shape[0]
    for _ in range(steps):
        for i in range(1, n - 1):
            for j in range(1, n - 1):
                un[i, j] = u[i, j] + 0.1 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j])
        u, un = un, u
    return u


for n in (0, 1, 7, 4095, 4096, 4097, 10007):
    a = (np.arange(n) * 7919 % 1009) / 1009.0
    print(n, fsum_range(a), down_range(a))
    print(while_lt(n), while_le(n), while_gt(n), while_ge(n))
    print(prefix(a.copy()).sum(), shift_store(a.copy())[-3:] if n > 3 else None)
    ai = np.arange(n, dtype=np.int64) % 13
    print(int_mix(ai, ai[::-1].copy()))

v = np.ones(170)
t = np.zeros(170)
for k in range(3):
    mult_av(v, t)
    v, t = t, v
print(v.sum(), v[:3])

g = ((np.arange(60 * 60) * 7919 % 10007) / 10007.0).reshape((60, 60))
r = stencil(g.copy(), g.copy(), 7)
print(r.sum(), r[1, 1:4], r[-2, -4:-1])
