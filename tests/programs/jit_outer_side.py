# Nested loops whose inner loop is too long to unroll: the inner loop's
# trace exits at its end, and that exit's side trace goes on through the
# enclosing loops' code (the rest of the outer body, the outer back-edge,
# the next outer iteration) to the inner loop's FORPREP and its first
# iteration, so the whole nest runs in one trace tree. Each case checks
# exits from the outer part: the outer loop ending, empty inner runs,
# breaks, type changes, while loops outside, exceptions.
import numpy as np


def rows(a, out):
    n, m = a.shape
    for i in range(n):
        s = 0.0
        for j in range(m):
            s += a[i, j] * (j + 1)
        out[i] = s
    return out


def triangle(n):
    total = 0
    count = 0
    for i in range(n):
        for j in range(i):  # empty when i == 0
            total += i * j
            count += 1
        total -= count
    return total, count


def ragged(lens):
    acc = []
    for k in range(len(lens)):
        t = 0
        for j in range(lens[k]):
            t += j
        acc.append(t)
    return acc


def with_break(n, stop):
    hits = 0
    for i in range(n):
        for j in range(100):
            hits += 1
        if i == stop:
            break
    return hits


def while_outer(n):
    i = 0
    s = 0.0
    while i < n:
        for j in range(80):
            s += (i - j) * 0.5
        i += 1
    return s


def kind_change(n):
    out = []
    for i in range(n):
        x = 0  # an int, then a float from the first iteration on
        for j in range(70):
            x = x + 0.25 * j
        out.append(x)
    return out


def kind_change_arr(n):
    out = np.zeros(n)
    for i in range(n):
        x = i  # an int, then a float from the first iteration on
        for j in range(70):
            x = x + 0.25 * j
        out[i] = x
    return out


def three_deep(n):
    t = 0
    for a in range(n):
        for b in range(n):
            for c in range(100):
                t += a * b + c
    return t


def raises_late(n):
    r = 0
    for i in range(n):
        for j in range(90):
            r += j
        if i == n - 1:
            r = r // (i - i)
    return r


a = (np.arange(60.0 * 70) * 7919 % 101).reshape(60, 70) / 7.0
print(rows(a, np.zeros(60))[::7])
print(rows(a[::2, ::3], np.zeros(30))[::5])
print(triangle(90))
print(ragged([70, 0, 65, 80, 0, 0, 75] * 12))
print(with_break(80, 57), with_break(80, 100))
print(while_outer(70))
print(kind_change(65)[::9])
print(kind_change_arr(65)[::9])
print(three_deep(12))
try:
    raises_late(70)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
