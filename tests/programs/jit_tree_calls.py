# Trace trees with inlined calls: loops whose calls return early in a
# direction that varies with the data (exits inside the callee that get
# hot: they keep resuming the interpreter inside the callee), sides whose
# path enters a call (and leaves through an exit inside it, or a raise),
# and a function inlined inside its own loop.
import math

import numpy as np


def cnd(d):
    A1 = 0.31938153
    A2 = -0.356563782
    A3 = 1.781477937
    A4 = -1.821255978
    A5 = 1.330274429
    K = 1.0 / (1.0 + 0.2316419 * abs(d))
    ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5)))))
    if d > 0:
        ret = 1.0 - ret
    return ret


def price(s, x, t, out):
    for i in range(len(s)):
        d1 = (math.log(s[i] / x[i]) + 0.04 * t[i]) / (0.3 * math.sqrt(t[i]))
        d2 = d1 - 0.3 * math.sqrt(t[i])
        out[i] = s[i] * cnd(d1) - x[i] * math.exp(-0.02 * t[i]) * cnd(d2)
    return out.sum()


def clip(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def clip_sum(a):
    t = 0.0
    for i in range(len(a)):
        t += clip(a[i], -1.0, 1.0)
    return t


def clip_list(xs):
    t = 0.0
    n = 0
    for v in xs:
        c = clip(v, 0.25, 0.75)
        if c == v:
            n += 1
        t += c
    return t, n


def weight(v):
    if v > 3.0:
        return v * 0.5
    return v + 1.0


def side_calls(a):
    # the root path (a[i] < 0 at first) makes no call; the hot side does
    s = 0.0
    k = 0
    for i in range(len(a)):
        if a[i] < 0.0:
            s -= 1.0
        else:
            s += weight(a[i])
            k += 1
    return s, k


def check(v):
    if v > 40:
        raise ValueError("too big: %d" % v)
    return v * 2


def side_raises(xs):
    t = 0
    try:
        for v in xs:
            if v % 3 == 0:
                t += check(v)
            else:
                t += 1
    except ValueError as e:
        return t, str(e)
    return t, None


def nested(v, depth):
    if depth == 0:
        t = 0
        for i in range(v):
            t += nested(i, 1)
        return t
    if v % 4 == 0:
        return v // 2
    return v + 3


def mixed(xs):
    # a branchy loop around a call that returns a float or an int
    t = 0.0
    for v in xs:
        if v % 5 == 0:
            t += clip(v, 10, 20)
        elif v % 5 == 1:
            t += clip(v * 0.5, 3.0, 7.0)
        else:
            t -= 0.25
    return t


n = 4000
s = np.array([20.0 + (i * 37 % 61) for i in range(n)])
x = np.array([25.0 + (i * 53 % 47) for i in range(n)])
tt = np.array([0.25 + (i % 9) * 0.5 for i in range(n)])
out = np.zeros(n)
print(round(price(s, x, tt, out), 6), out[:3], out[-3:])

a = np.array([((i * 7919) % 1000) / 250.0 - 2.0 for i in range(5000)])
print(round(clip_sum(a), 9))
print(clip_list([((i * 31) % 17) / 16.0 for i in range(3000)]))

b = np.array([(-1.0 if i < 40 else ((i * 13) % 11) - 2.0) for i in range(3000)])
print(side_calls(b))
print(side_raises([i % 17 for i in range(2000)] + [3 * 15]))
print(side_raises([i % 17 for i in range(2000)]))
print(nested(3000, 0))
print(mixed(list(range(3000))))
