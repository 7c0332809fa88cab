# uint64 NumPy scalars inside hot loops: u64 arithmetic wraps modulo 2**64,
# u64 with a signed integer (or a Python int) promotes to float64, unsigned
# comparisons, // and % beyond 2**63 (the compiled loop exits there), and
# the unsigned conversion to float (round to nearest even at 2**63 + 1024).
# outcmp: exact
import numpy as np

N = 200
BIG = [2**63 + 5, 7, 0, 2**64 - 1, 3, 2**63, 1, 10, 2**53 + 1, 12345, 2**63 + 1024,
       2**63 + 1025, 2**64 - 1024, 2**64 - 1025, 2**63 - 1]


def tile(vals, dtype):
    return np.array([vals[i % len(vals)] for i in range(N)], dtype=dtype)


def same_kind(x, y, o1, o2, o3):
    for i in range(len(x)):
        o1[i] = x[i] + y[i]
        o2[i] = x[i] - y[i]
        o3[i] = x[i] * y[i]


def mixed(x, k, o1, o2, o3, o4):
    for i in range(len(x)):
        v = x[i]
        o1[i] = v + k[i]
        o2[i] = v - 1
        o3[i] = v * 0.5
        o4[i] = v / y[i]


def divmod_u(x, y, o1, o2):
    for i in range(len(x)):
        o1[i] = x[i] // y[i]
        o2[i] = x[i] % y[i]


def compare(x, y, k):
    c = 0
    for i in range(len(x)):
        v = x[i]
        if v < y[i]:
            c += 1
        if v >= k[i]:
            c += 10
        if v == 7:
            c += 100
        if v > 4611686018427387904:
            c += 1000
        if v:
            c += 10000
    return c


def small(x, s, b, o1, o2):
    for i in range(len(x)):
        o1[i] = x[i] + s[i]
        o2[i] = x[i] * b[i]


def show(label, a):
    print(label, a.dtype, a.tolist()[:30])


x = tile(BIG, np.uint64)
y = tile([1, 2**63 + 7, 2**64 - 1, 5, 2**62, 3, 0, 1, 1, 9, 11, 2], np.uint64)
y[y == 0] = 13
k = tile([-1, 2, -2**63, 2**62, 0, 7, 1], np.int64)
o = [np.zeros(N, dtype=np.uint64) for _ in range(3)]
same_kind(x, y, *o)
for lbl, a in zip(("u+u", "u-u", "u*u"), o):
    show(lbl, a)
f = [np.zeros(N) for _ in range(4)]
mixed(x, k, *f)
for lbl, a in zip(("u+i64", "u-1", "u*0.5", "u/u"), f):
    show(lbl, a)
d = [np.zeros(N, dtype=np.uint64) for _ in range(2)]
divmod_u(x, y, *d)
show("u//u", d[0])
show("u%u", d[1])
lo = tile([7, 100, 12345, 2**62, 3], np.uint64)
divmod_u(lo, tile([2, 7, 10, 3], np.uint64), *d)
show("lo//u", d[0])
show("lo%u", d[1])
print("compare", compare(x, y, k))
s = tile([1, 200, 255, 0], np.uint8)
b = tile([True, False], np.bool_)
o = [np.zeros(N, dtype=np.uint64) for _ in range(2)]
small(x, s, b, *o)
show("u+u8", o[0])
show("u*bool", o[1])
print(type(x[0] + x[1]).__name__, type(x[0] + k[0]).__name__, type(x[0] + 1).__name__,
      type(x[0] // x[1]).__name__, type(x[0] + s[0]).__name__, type(x[0] < k[0]).__name__)
