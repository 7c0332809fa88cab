# enumerate() and zip() over NumPy arrays in traced loops: every dtype the
# array iterator yields, mixed with lists, uneven lengths, a start index,
# an iterator resumed after a break, writes ahead of the iterator, and the
# shapes the trace does not take (rows, complex) still right.
import numpy as np


def weighted(a):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    return s


def dot_zip(a, b):
    s = 0
    for x, y in zip(a, b):
        s += x * y
    return s


def kinds(a, lst):
    out = []
    for i, (x, y) in enumerate(zip(a, lst)):
        out.append((i, x, y))
    return out[-3:]


def resumed(a, b):
    it = zip(a, b)
    first = 0.0
    for x, y in it:
        first += x - y
        if x > 60:
            break
    rest = 0.0
    for x, y in it:
        rest += x + y
    return first, rest


def ahead(a):
    # the iterator reads the array as it goes
    for i, x in enumerate(a):
        if i + 1 < len(a):
            a[i + 1] = a[i + 1] + x * 0.5
    return a[-1]


def starts(a):
    t = 0
    for k, x in enumerate(a, 10):
        t += k * int(x)
    return t


n = 200
f64 = np.arange(n, dtype=np.float64) * 0.25
print(weighted(f64), weighted(np.arange(n, dtype=np.int64)))
for dt in (np.int8, np.uint8, np.int16, np.uint32, np.int64, np.float32, np.float64, np.bool_):
    a = (np.arange(n) % 7).astype(dt)
    b = (np.arange(n) % 5).astype(dt)
    r = dot_zip(a, b)
    print(dt.__name__, r, type(r).__name__, weighted(a))
print(dot_zip(np.arange(n, dtype=np.int8), np.arange(n, dtype=np.int8)))  # int8 products wrap
print(dot_zip(np.arange(300.0), list(range(100))))
print(dot_zip(list(range(150)), np.arange(120.0)))
print(kinds(np.arange(n, dtype=np.float32) / 3, [str(i) for i in range(n)]))
print(resumed(np.arange(100.0), np.ones(100)))
print(ahead(np.ones(n)))
print(starts(np.arange(n, dtype=np.uint16)))
m = np.arange(12.0).reshape(4, 3)
s = 0.0
for _ in range(100):
    for i, row in enumerate(m):
        s += i * row.sum()
    for x, y in zip(np.arange(3) + 1j, np.arange(3.0)):
        s += (x * y).real
print(s)
mixed = np.arange(n, dtype=np.float64)
acc = 0
for i, x in enumerate(mixed):
    acc += x if i % 3 else i
print(acc, type(acc).__name__)
