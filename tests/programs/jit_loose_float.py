# Loops entered with a Python float in a register that the loop turns into
# a NumPy float64 (or leaves alone): the value's kind at every exit must be
# the interpreter's.
import numpy as np

a = (np.arange(200) * 37 % 101 - 50) / 7.0
b = np.abs(a) + 1.0


def running_max(v):
    m = 0.0
    for x in v:
        if x > m:
            m = x
    return m


def total(v, n):
    s = 0.0
    for i in range(n):
        s += v[i]
    return s


def horner(v):
    s = 0.0
    for i in range(len(v)):
        s = s * 0.5 + v[i]
    return s


def count_below(v):
    t = 1e300
    cnt = 0
    for x in v:
        if x < t:
            cnt += 1
    return t, cnt


def early_exit(v, stop):
    s = 0.0
    for i in range(len(v)):
        if i == stop:
            return s
        s -= v[i] * 2.0
    return s


def ratio(v):
    acc = 1.0
    for i in range(len(v)):
        acc = acc / v[i] * 1.25
    return acc


for f, args in [(running_max, (a,)), (running_max, (-b,)), (total, (a, 0)), (total, (a, 150)),
                (horner, (a,)), (count_below, (a,)), (early_exit, (a, 0)), (early_exit, (a, 3)),
                (early_exit, (a, 120)), (ratio, (b,))]:
    for rep in range(3):
        r = f(*args)
    print(f.__name__, r, type(r).__name__ if not isinstance(r, tuple) else [type(q).__name__ for q in r])
