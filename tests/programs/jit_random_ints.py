# random.randint / randrange and np.random.randint in traced loops: the
# draws run compiled on the interpreter's generator state, number for number.
import random
import numpy as np


def dice(n):
    counts = [0] * 6
    s = 0
    for i in range(n):
        d = random.randint(1, 6)
        counts[d - 1] += 1
        s += d * (i % 3)
    return counts, s


def ranges(n, k):
    s = 0
    for i in range(n):
        s += random.randrange(k) - random.randrange(-k, k + i % 5)
    return s


def np_ints(n):
    s = 0
    t = 0
    for i in range(n):
        s += np.random.randint(10)
        t += np.random.randint(-(2 ** 40), 2 ** 40 + i) % 1000
    return s, t


def mixed(n):
    # the bounds change type and width mid-loop: big ints and an empty range
    # go to the interpreter (its results and its errors)
    out = []
    for i in range(n):
        hi = 2 ** 62 if i == n // 2 else i % 7
        try:
            out.append(random.randint(0, hi) % 97)
        except ValueError as e:
            out.append(str(e))
    return out[-6:], len(out)


random.seed(7)
np.random.seed(11)
print(dice(3000))
print(ranges(2000, 13))
print(np_ints(2000))
print(mixed(300))
print(random.random(), np.random.random())
try:
    for i in range(100):
        random.randrange(50 - i)
except ValueError as e:
    print("ValueError", e)
try:
    for i in range(100):
        np.random.randint(50 - i)
except ValueError as e:
    print("ValueError", e)


def powers(n):
    # int ** constant: square and multiply, overflow guards
    s = 0
    for i in range(n):
        s += (i - 50) ** 3 + 3 ** 5 - i ** 0 + (i % 9) ** 7 - 2 ** 10
    return s


def big_powers(n):
    # the fifth power leaves int64 at i = 7: the exit goes on in big ints
    big = 0
    for i in range(n):
        big += (i * 1000) ** 5 % 1000003 + (-2) ** 63 // (i + 1)
    return big


print(powers(3000), big_powers(40))
