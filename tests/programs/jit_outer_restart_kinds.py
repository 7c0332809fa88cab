# Nested loops whose inner loop gets its own trace and an outer side that
# restarts it each outer iteration. The side may end at the inner loop's
# header (where `s = 0.0` is still a Python float) when the trace's entry
# reads accept the registers there, else after the first inner iteration:
# either way the values and their kinds must be the interpreter's.
import numpy as np


def row_sums(a, out):
    n = a.shape[0]
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a[i] * a[j]
        out[i] = s
    return type(s).__name__


def running_max(a, out):
    n = a.shape[0]
    for i in range(n):
        m = 0.0
        for j in range(n):
            m = max(m, a[j] * (i % 5))
        out[i] = m
    return type(m).__name__


def int_then_float(n):
    res = []
    for i in range(n):
        s = 0
        for j in range(40):
            s += j * i
        if i % 7 == 3:
            s = s / 2
        res.append(s)
    return res[-5:], type(res[-1]).__name__, type(res[3]).__name__


def mixed_kinds(a):
    total = 0.0
    kinds = set()
    for i in range(a.shape[0]):
        acc = 0.0 if i % 2 else 0
        for j in range(30):
            acc += a[j] if i % 3 else j
        kinds.add(type(acc).__name__)
        total += acc
    return total, sorted(kinds)


def shrinking(a):
    out = []
    for i in range(25):
        s = 0.0
        for j in range(a.shape[0] - i):
            s += a[j]
        out.append(s)
    return out[::6]


a = (np.arange(64) * 7919 % 10007) / 10007.0
out = np.zeros(64)
print(row_sums(a, out), out.sum(), out[:3])
print(running_max(a, out), out.sum(), out[:6])
print(int_then_float(60))
print(mixed_kinds(a))
print(shrinking(a))
