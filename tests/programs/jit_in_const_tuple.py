# `x in (constants)` and `x not in [constants]`: the compiler folds the
# display into one tuple constant (as CPython does) and a trace compares x
# with each item. Ints, floats, bools, NumPy scalars, NaN, ints past 2**53,
# and operands the trace leaves to the interpreter (strings, big ints).
import numpy as np


def count_in(n):
    hits = misses = 0
    for i in range(n):
        k = i % 9
        if k in (1, 2, 3):
            hits += 1
        if k not in [4, 5.0, True]:
            misses += 1
        if k * 0.5 in (1.5, 2, -0.0):
            hits += 10
    return hits, misses


def mixed(xs):
    out = []
    for x in xs:
        out.append((x in (0, 1, 2.5), x not in (), x in (float("inf"), -1)))
    return out


def np_scalars(a):
    t = 0
    for x in a:
        if x in (2, 4, 6.0):
            t += 1
    return t


def big(n):
    t = 0
    for i in range(n):
        v = 2**53 + i
        if v in (9007199254740993.0, 2**53 + 3):
            t += 1
    return t


def strings(ws):
    t = 0
    for w in ws:
        if w in ("ab", "cd"):
            t += 1
        if w in (1, 2):
            t += 100
    return t


print(count_in(1000))
print(mixed([0, 1, 2.5, -0.0, True, False, float("nan"), float("inf"), -1, 3] * 30)[:10])
print(np_scalars(np.arange(200) % 8), np_scalars(np.arange(200.0) % 7), np_scalars((np.arange(200) % 5).astype(np.int8)))
print(big(100))
print(strings(["ab", "x", "cd", "ef"] * 50))
t = (1, 2, 3)
print(2 in t, 5 in t, [1] in ([1], 2), (1, 2) in ((1, 2), 3), 1 in [[1], 1])
print(3 in (1, 2, 3) in [True], 2**70 in (2**70, 1))


def set_member(n):
    # a set display of numbers and strs right of `in` is one frozenset
    # constant (CPython's too); a trace compares with its items
    a = b = 0
    for i in range(n):
        k = i % 10
        if k in {1, 3, 5.0, True}:
            a += 1
        if k * 0.5 not in {0.5, 2, -0.0}:
            b += 1
    return a, b


print(set_member(3000))
print(3 in {3, 4}, "x" in {"y", "x"}, 1.0 in {1}, (1, 2) in {(1, 2), 3}, 2**70 in {2**70})
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError", e)
