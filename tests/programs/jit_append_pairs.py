# Appending 2-tuples in traced loops: the tuple stays virtual in the trace
# and a helper makes it as it appends (kinds int, float, object; bools,
# NumPy scalars and complex numbers take the old way), in comprehensions
# and .append, with enough of them to run collections in between.
import numpy as np


def kinds(n):
    a = []
    for i in range(n):
        a.append((i, i * 0.5))
        a.append((i * 0.25, -i))
        a.append((str(i % 10), i))
        a.append((i, "x"))
        a.append(("p", 1.5))
    return a[-10:], len(a)


def comps(n):
    b = [(i, i % 3) for i in range(n)]
    c = [(i * 1.0, i / 7) for i in range(n) if i % 2]
    d = [(w, len(w)) for w in ["a", "bb", "ccc"] * (n // 3)]
    return b[-2:], c[-2:], d[-2:], len(b) + len(c) + len(d)


def others(n):
    e = []
    arr = np.arange(n, dtype=np.float32)
    for i in range(n):
        e.append((i % 2 == 0, i))
        e.append((arr[i], i))
        e.append((1j * i, i))
        e.append(((i, i), i))
    return e[-8:]


def big(n):
    out = []
    for i in range(n):
        out.append((i, i * i * 1.0))
    s = 0.0
    for k, v in out:
        s += k + v
    return len(out), s, out[12345], out[-1]


print(kinds(3000))
print(comps(3000))
print(others(300))
print(big(600000))
pairs = []
for i in range(200):
    pairs.append((i, -i))
    if i == 150:
        pairs = list(pairs)
print(len(pairs), pairs[149:152], sum(a + b for a, b in pairs))
