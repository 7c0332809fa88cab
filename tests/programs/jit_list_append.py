# list.append and comprehensions inside traced loops: appended in compiled
# code for ints, floats, bools and objects, stitched for the rest
import math
import numpy as np


def numbers(n):
    out = []
    for i in range(n):
        x = math.sqrt(i) * 1.5 + i % 7
        out.append(x)
        out.append(i * 3)
        out.append(i % 3 == 0)
    return len(out), out[-6:], sum(out[::3])


def objects(n):
    words = ["a", "bb", "ccc"]
    out = []
    for i in range(n):
        out.append(words[i % 3])
        out.append((i, i + 1) if i % 50 == 0 else None)
    return len(out), out[-4:], out.count(None)


def mixed(n):
    out = []
    a = np.arange(n, dtype=np.float32)
    for i in range(n):
        out.append(complex(i, 1) if i % 10 == 0 else i * 0.5)
        out.append(a[i])
    return len(out), out[-4:], out[:4]


def grows_while_iterating(n):
    xs = [1, 2, 3]
    total = 0
    for x in xs:  # sees the items appended below (index-based iteration)
        total += x
        if x < n:
            xs.append(x * 2 + 1)
    return total, len(xs), xs[-3:]


def comprehensions(n):
    sq = [i * i for i in range(n)]
    fl = [v * 0.5 for v in sq if v % 3 == 1]
    nested = [[j for j in range(i % 4)] for i in range(n // 10)]
    flags = [v > 100 for v in sq]
    return sum(sq), sum(fl), len(fl), nested[-3:], sum(flags)


def into_other(n):
    evens, odds = [], []
    for i in range(n):
        (evens if i % 2 == 0 else odds).append(i)
    return len(evens), len(odds), evens[-2:], odds[-2:]


print(numbers(500))
print(objects(400))
print(mixed(300))
print(grows_while_iterating(300))
print(comprehensions(600))
print(into_other(700))
