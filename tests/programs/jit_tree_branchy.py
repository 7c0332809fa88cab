# Trace trees: loops whose branch direction changes with the data, so both
# directions get hot and the minority one becomes a side trace.
import numpy as np


def alternate(n):
    s = 0
    c = 0
    for i in range(n):
        if i % 3 == 0:
            s += i
        else:
            s -= 1
            c += 1
    return s, c


def clip(a, lo, hi):
    out = np.empty(len(a))
    for i in range(len(a)):
        x = a[i]
        if x < lo:
            x = lo
        elif x > hi:
            x = hi
        out[i] = x
    return out


def argmin(a):
    bd = 1e300
    best = -1
    for i in range(len(a)):
        d = a[i]
        if d < bd:
            bd = d
            best = i
    return best, bd


def nested_ifs(n):
    a = b = c = 0
    for i in range(n):
        if i % 2 == 0:
            if i % 4 == 0:
                a += 1
            else:
                b += 2
        else:
            c += i
    return a, b, c


def swap_phase(n):
    x, y = 1, 2
    t = 0
    for i in range(n):
        if (i // 7) % 2 == 0:
            x, y = y, x
        t += x * 3 + y
    return x, y, t


def first_entry_side(n, m):
    # every run of the loop starts on the minority path (j == 0)
    tot = 0
    for i in range(n):
        k = 0
        while k < m:
            if k == 0:
                tot += 100
            else:
                tot += k
            k += 1
    return tot


data = np.array([((i * 7919) % 1009) * 0.5 - i * 0.001 for i in range(3000)])
print(alternate(1000))
print(alternate(30000))
r = clip(data, 50.0, 400.0)
print(r[:8], r.sum(), r.min(), r.max())
print(argmin(data))
print(argmin(data[::-1].copy()))
print(nested_ifs(5000))
print(swap_phase(3000))
print(first_entry_side(300, 9))
