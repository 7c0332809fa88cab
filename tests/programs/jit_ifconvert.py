# Branches over plain assignments inside unrolled inner loops become
# selects (if-conversion): argmin, argmax, clamps, flags, chains of moves,
# sentinels whose kind changes (a Python float replaced by an np.float64).
# In a root loop only blocks that assign values of the same iteration do
# (a clamp); a running maximum stays a branch. All must give exactly what
# the interpreter gives.
import numpy as np


def argmin_rows(px, cx, lab, dist, n, k):
    for p in range(n):
        best = 0
        bd = 1e300
        for c in range(k):
            d = (px[p] - cx[c]) ** 2
            if d < bd:
                bd = d
                best = c
        lab[p] = best
        dist[p] = bd
    return bd


def argmax_list(xs, n):
    tot = 0.0
    for i in range(n):
        m = -1.0
        at = -1
        for j in range(6):
            v = xs[(i + j) % 50]
            if v > m:
                m = v
                at = j
        tot += m * at
    return tot


def moves(n):
    s = 0
    for i in range(n):
        a = 0
        b = 1
        flag = False
        for j in range(4):
            if (i + j) % 3 == 0:
                a = b
                b = 5
                c = a        # reads the value the block gave a
                a = 7
                flag = True
                b = c
            if not j < 2:
                b = 2
        if flag:
            s += 1
        s += a * 10 + b
    return s


def truthy(n):
    s = 0
    for i in range(n):
        hit = False
        last = -1
        for j in range(5):
            on = (i * j) % 4 == 1
            if on:
                last = j
                hit = on
        s += last + hit
    return s


def clamp_sum(xs, lo, hi, n):
    s = 0.0
    for i in range(n):
        for j in range(3):
            x = xs[(3 * i + j) % 50]
            if x < lo:
                x = lo
            if x > hi:
                x = hi
            s += x
    return s


def mixed_kinds(ys, n, out):
    # best starts as a Python float and becomes an np.float64 only when
    # a value beats it: its kind depends on the data
    for i in range(n):
        best = 0.5
        for j in range(3):
            v = ys[(i + j) % 50]
            if v > best:
                best = v
        out[i] = best
    return best


def root_clamp(a, lo, hi):
    s = 0.0
    below = 0
    for i in range(len(a)):
        x = a[i]
        low = False
        if x < lo:
            x = lo
            low = True
        if x > hi:
            x = hi
        if low:
            below += 1
        s += x
    return s, below


def root_max(a):
    m = -1.0
    at = -1
    for i in range(len(a)):
        x = a[i]
        if x > m:
            m = x
            at = i
    return m, at, type(m).__name__


px = np.arange(300) * 0.37 % 5.0
cx = np.arange(8) * 0.6
lab = np.zeros(300, dtype=np.int64)
dist = np.zeros(300)
last = argmin_rows(px, cx, lab, dist, 300, 8)
print(lab[:12], lab.sum(), dist.sum(), last, type(last).__name__)
xs = [((i * 7919) % 101) / 101.0 for i in range(50)]
print(argmax_list(xs, 400))
print(moves(500))
print(truthy(400))
print(clamp_sum(xs, 0.2, 0.8, 300))
ys = np.array(xs)
out = np.zeros(300)
b = mixed_kinds(ys, 300, out)
print(out.sum(), b, type(b).__name__)
zs = (np.arange(2000) * 7919 % 1009) / 1009.0
print(root_clamp(zs, 0.25, 0.75), root_clamp(list(zs), 0.25, 0.75))
print(root_max(zs), root_max(list(zs)))
