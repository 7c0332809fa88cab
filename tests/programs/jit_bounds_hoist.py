# Bounds checks of a loop over range() hoisted before the loop: a loop
# that runs off the end of an array must still raise IndexError at the same
# iteration with the same partial effects, negative indexes still wrap,
# and 2-D, strided and offset (i - 1, i + 1) indexes keep their checks.
import numpy as np


def fill(a, n):
    for i in range(n):
        a[i] = i * 2.0
    return a


def stencil(u, out, lo, hi):
    for j in range(lo, hi):
        out[j] = u[j - 1] + u[j] + u[j + 1]
    return out


def wrap(a, n):
    s = 0.0
    for i in range(n):
        s += a[i - 3]
    return s


def grid(g, k):
    t = 0.0
    for r in range(g.shape[0]):
        for c in range(1, k):
            t += g[r, c] - g[r, c - 1]
    return t


def evens(a, n):
    s = 0.0
    for i in range(0, n, 2):
        s += a[i]
    return s


for rep in range(3):
    a = np.zeros(100)
    print(fill(a, 100).sum())
    try:
        fill(a, 130)
    except IndexError as e:
        print("IndexError", e, a[95:].tolist())
    u = np.arange(100.0)
    print(stencil(u, np.zeros(100), 1, 99).sum())
    try:
        stencil(u, np.zeros(100), 1, 100)
    except IndexError as e:
        print("IndexError", e)
    try:
        stencil(u, np.zeros(100), 0, 50)
    except IndexError as e:
        print("IndexError", e)
    print(wrap(u, 100), wrap(u, 60))
    g = np.arange(60.0).reshape(6, 10) ** 1.5
    print(grid(g, 10))
    try:
        print(grid(g, 12))
    except IndexError as e:
        print("IndexError", e)
    print(evens(u, 100))
    try:
        evens(u, 103)
    except IndexError as e:
        print("IndexError", e)
    big = np.zeros(200)
    for start in (0, 50, 150, 190):
        try:
            fill(big[start:], 30)
            print("ok", start, big.sum())
        except IndexError as e:
            print("IndexError", start, e, big.sum())


def clipfill(a, x, n):
    # a branch makes a trace tree; its sides entered from the pre-roll must
    # make the hoisted checks themselves
    for i in range(n):
        v = x[i]
        if v > 0.5:
            a[i] = 1.0
        else:
            a[i] = v
    return a


x = (np.arange(100) * 37 % 100) / 100.0
for rep in range(12):
    out = np.zeros(100)
    try:
        clipfill(out, x, 100 + rep % 3)
        print("ok", out.sum())
    except IndexError as e:
        print("IndexError", e, out.sum())
    try:
        clipfill(out[rep:], x, 100)
    except IndexError as e:
        print("IndexError", e, out.sum())
