# Branches over float arithmetic become selects in traces (if-conversion:
# both sides computed, no exit); the result keeps Python's kinds (float,
# np.float64, np.float32) and values, ints keep their overflow to big ints.
import math
import numpy as np


def cnd(d):
    k = 1.0 / (1.0 + 0.2316419 * abs(d))
    ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * k
    if d > 0:
        ret = 1.0 - ret
    return ret


def floats(n):
    s = 0.0
    for i in range(n):
        x = i * 0.37 - 50.0
        y = x * 0.5
        if x < 0:
            y = -y
            y = y * 2 + 1
        if y > 10.0:
            y = y - 10
        s += cnd(x) + y
    return s


def np_scalars(a):
    s = 0.0
    t = np.float64(0.0)
    for i in range(len(a)):
        v = a[i]
        if v > 0.5:
            v = 1.0 - v
        if v < 0.1:
            v = v * 3
        t = t + v
        s += v
    return s, t, type(t).__name__


def np_f32(a):
    s = np.float32(0)
    for i in range(len(a)):
        v = a[i]
        if v > 0.5:
            v = v - np.float32(0.25)
        s += v
    return s, type(s).__name__


def ints(n, big):
    s = 0
    for i in range(n):
        x = i
        if i % 3 == 0:
            x = x + big
        s += x
    return s


def mixed(n):
    s = 0.0
    for i in range(n):
        v = i * 0.25
        if i > 100:
            v = i  # an int in a float register: kinds differ
        s += v
    return s


def counters(a, start):
    inside = start
    hits = 0
    m = -1.0
    for i in range(len(a)):
        if a[i] * a[i] + 0.25 <= 0.75:  # the condition reads no counter
            inside += 1
            hits -= 2
        if a[i] > m:  # a running maximum: reads m
            m = a[i]
    return inside, hits, m


a = (np.arange(1000) * 7919 % 10007) / 10007.0
print(floats(1000))
print(np_scalars(a))
print(np_f32(a.astype(np.float32)))
print(ints(300, 5), ints(300, 2**62), ints(300, -(2**63)))
print(mixed(300))
print(counters(a, 0), counters(a, 2**63 - 300), counters(a, -(2**63)))
