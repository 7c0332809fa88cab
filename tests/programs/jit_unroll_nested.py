# Inner for loops unrolled into the trace of the loop around them: fixed and
# varying trip counts, empty ranges, exits in the middle, break, callees
# with loops, three levels, type changes, and ranges with start and step.
import numpy as np


def pairs(m):
    # nbody's shape: j from i + 1, a trip count that depends on i
    nb = len(m)
    e = 0.0
    for _ in range(200):
        for i in range(nb):
            for j in range(i + 1, nb):
                e += m[i] * m[j] * 0.5
    return e


def varying(n):
    # the inner trip count changes on every outer iteration
    t = 0
    for i in range(n):
        for j in range(i % 7):
            t += i * j
    return t


def with_break(n):
    t = 0
    for i in range(n):
        for j in range(5):
            if i % 11 == 3 and j == 2:
                break
            t += j
    return t


def inner_callee(k):
    s = 0
    for q in range(k):
        s += q * q
    return s


def calls_loop(n):
    t = 0
    for i in range(n):
        t += inner_callee(i % 4)
    return t


def three_levels(n):
    t = 0.0
    for a in range(n):
        for b in range(3):
            for c in range(2, 5):
                t += a * 0.25 + b - c
    return t


def steps(n):
    t = 0
    for i in range(n):
        for j in range(0, 6, 1):
            t += j
        for j in range(10, 4, -2):
            t -= j
        for j in range(i, i):
            t += 1000
    return t


def type_change(n):
    acc = []
    for i in range(n):
        x = 0
        for j in range(3):
            x = x + (0.5 if i > 100 else 1)
        acc.append(x)
    return acc[0], acc[99], acc[150], type(acc[-1]).__name__


def big_bounds(n):
    t = 0
    for i in range(n):
        lo = 2**62 if i == n - 3 else 0
        for j in range(lo, lo + 2):
            t += j % 7
    return t


def arrays(n):
    a = np.arange(12.0).reshape(3, 4)
    out = np.zeros(3)
    for _ in range(n):
        for r in range(3):
            s = 0.0
            for c in range(4):
                s += a[r, c] * 0.5
            out[r] += s
    return out.tolist()


m = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
print(pairs(m))
print(varying(300))
print(with_break(300))
print(calls_loop(300))
print(three_levels(200))
print(steps(300))
print(type_change(200))
print(big_bounds(200))
print(arrays(100))
