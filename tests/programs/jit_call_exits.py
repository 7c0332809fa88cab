# Guards that fail inside an inlined call resume the interpreter inside the
# callee: side effects the callee made before the guard happen once, locals
# it has not assigned stay unbound, exceptions carry the callee's frame.
import numpy as np

calls = 0


def bump(a, i, lim):
    a[i] += 1
    if a[i] > lim:
        return 1
    return 0


def count(x):
    global calls
    calls += 1
    if x > 300:
        return x * 2
    return x


def maybe(x):
    if x > 0.25:
        y = 1.0
    return y


def inv(x):
    return 1.0 / x


def leaf(a, i, v):
    a[i] = v
    if v > 150:
        return v - 150
    return v


def mid(a, i, v):
    a[i] += 1.0
    r = leaf(a, i + 1, v)
    if r < 0:
        return -r
    return r + a[i]


def mixed(x):
    if x > 500:
        return 1.5
    return 2


def items(lst, i):
    return lst[i] * 2


def tail(x, k=3, *, off=0.5):
    if x > 700:
        return x * k - off
    return x + k + off


def divide(a, b):
    return a // b


def safe(a, b):
    try:
        return divide(a, b)
    except ZeroDivisionError:
        return -1


def run(n):
    global calls
    a = np.zeros(n, dtype=np.int64)
    hits = 0
    for k in range(3):
        for i in range(n):
            hits += bump(a, i, k + (i % 3))
    print("bump", hits, int(a.sum()), a[:6])
    calls = 0
    t = 0
    for i in range(n):
        t += count(i)
    print("count", t, calls)
    got = 0
    try:
        for i in range(n):
            got += maybe(1.0 - i * 0.001)
    except UnboundLocalError as e:
        print("unbound", got, e)
    s = 0.0
    try:
        for i in range(n // 2, -10, -1):
            s += inv(i)
    except ZeroDivisionError as e:
        print("zero", s, e)
    b = np.zeros(n + 2)
    u = 0.0
    for i in range(n):
        u += mid(b, i, i * 0.5 - 100.0)
    print("nested", u, b.sum(), b[:4])
    m = 0
    for i in range(n):
        m += mixed(i)
    print("mixed", m)
    lst = [1, 2, 3] * (n // 3) + [1.5] * (n - 3 * (n // 3)) + [2.5] * 10
    w = 0
    for i in range(len(lst)):
        w += items(lst, i)
    print("items", w)
    d = 0.0
    for i in range(n):
        d += tail(i) + tail(i, 2) + tail(i, off=1.0) + tail(k=1, x=i)
    print("defaults", d)
    q = 0
    for i in range(n):
        q += safe(i, 600 - i)
    print("caught in a callee", q)


run(1000)
run(7)
