# Calls of Python functions inside hot loops are inlined into the trace.
# Early returns in both directions, nested calls, defaults and keywords,
# None results, NumPy scalars and complex numbers through calls.
import math
import numpy as np


def clip(a):
    if a > 0.5:
        return 1.0
    return a


def sign(x):
    if x < 0:
        return -1
    elif x > 0:
        return 1
    return 0


def inner(x):
    return x * 2 + 1


def middle(x, y):
    return inner(x) - inner(y) + sq(x)


def sq(v):
    return v * v


def scaled(x, k=3, off=0.5):
    return x * k + off


def kwonly(x, *, lo=-1.0, hi=1.0):
    return min(max(x, lo), hi)


def nothing(x):
    if x > 1e9:
        return x


def cnd(d):
    k = 1.0 / (1.0 + 0.2316419 * abs(d))
    ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * k
    if d > 0:
        ret = 1.0 - ret
    return ret


def np_twice(v):
    return v + v


def cmul(z, w):
    return z * w + 1


def run(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += clip(i * 0.001)
        t += sign(i % 7 - 3)
    print("clip", s, t)
    u = 0
    for i in range(n):
        u += middle(i, i % 13)
    print("nested", u)
    a = 0.0
    for i in range(n):
        a += scaled(i) + scaled(i, 2) + scaled(i, off=1.5) + scaled(k=4, x=i)
        a += kwonly(i * 0.01 - 2.0) + kwonly(i * 0.01, hi=3.0)
    print("defaults", a)
    c = 0
    for i in range(n):
        if nothing(i) is None:
            c += 1
    print("none", c)
    b = 0.0
    for i in range(n):
        b += cnd(i * 0.01 - 2.0)
    print("cnd", b)
    arr = np.arange(n, dtype=np.float64)
    iarr = np.arange(n, dtype=np.int32)
    f = 0.0
    g = 0
    for i in range(n):
        f += np_twice(arr[i])
        g += np_twice(iarr[i])
    print("numpy", f, g, type(np_twice(arr[3])).__name__, type(np_twice(iarr[3])).__name__)
    z = 0j
    for i in range(n):
        z = cmul(z, 0.5 + 0.25j)
    print("complex", z)
    lam = lambda x: x + 0.5
    q = 0.0
    for i in range(n):
        q += lam(i)
    print("lambda", q)


run(1000)
run(5)
