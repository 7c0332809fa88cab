# // and % on NumPy scalars inside hot loops: integer floor division and
# modulo with the divisor's sign, float npy_divmod (signed zeros, inf, nan),
# and zero divisors, which NumPy answers with 0 / inf / nan and a warning
# (the compiled loop exits to the interpreter for them).
# outcmp: exact
import numpy as np

N = 200


def tile(vals, dtype):
    return np.array([vals[i % len(vals)] for i in range(N)], dtype=dtype)


def floordiv(x, y, out):
    for i in range(len(x)):
        out[i] = x[i] // y[i]
    return out


def mod(x, y, out):
    for i in range(len(x)):
        out[i] = x[i] % y[i]
    return out


def by_consts(x, out, out2):
    acc = 0
    for i in range(len(x)):
        v = x[i]
        out[i] = v // 7 + v % -3
        out2[i] = 100 // v if v != 0 else -1
        acc += v % 5
    return acc


def show(label, a):
    print(label, a.dtype, a.tolist()[:30])


ia = tile([7, -7, 0, 13, -13, 2**62, -2**63, 1, -1, 100, 5], np.int64)
ib = tile([2, 2, 3, -4, -4, 3, 7, -1, 5, -7, 1, 9, -2], np.int64)
show("i64//i64", floordiv(ia, ib, np.zeros(N, dtype=np.int64)))
show("i64%i64", mod(ia, ib, np.zeros(N, dtype=np.int64)))
o1, o2 = np.zeros(N, dtype=np.int64), np.zeros(N, dtype=np.int64)
print("acc", by_consts(ia, o1, o2))
show("//7 + %-3", o1)
show("100//v", o2)

# zero divisors in the middle of a hot loop: 0 for ints
zb = ib.copy()
zb[100] = 0
zb[150] = 0
show("i64//0", floordiv(ia, zb, np.zeros(N, dtype=np.int64))[95:155])
show("i64%0", mod(ia, zb, np.zeros(N, dtype=np.int64))[95:155])
# INT64_MIN // -1 wraps in NumPy
m = tile([-2**63, 5], np.int64)
show("min//-1", floordiv(m, tile([-1], np.int64), np.zeros(N, dtype=np.int64)))
show("min%-1", mod(m, tile([-1], np.int64), np.zeros(N, dtype=np.int64)))

# narrow integer dtypes: results of the promoted dtype
for dt in (np.int8, np.uint8, np.int16, np.int32, np.uint32):
    a = tile([7, 100, 0, 13, 127, 1, 55], dt)
    b = tile([2, 3, 5, 4, 1, 7], dt)
    if np.dtype(dt).kind == "i":
        a[3::7] = -a[3::7]
        b[1::6] = -b[1::6]
    show(np.dtype(dt).name + "//", floordiv(a, b, np.zeros(N, dtype=dt)))
    show(np.dtype(dt).name + "%", mod(a, b, np.zeros(N, dtype=dt)))
    show(np.dtype(dt).name + "//i64", floordiv(a, ib, np.zeros(N, dtype=np.int64)))
n8 = tile([-128, 5], np.int8)
show("int8 -128//-1", floordiv(n8, tile([-1], np.int8), np.zeros(N, dtype=np.int8)))
bb = tile([True, False, True], np.bool_)
show("bool//i64", floordiv(bb, ib, np.zeros(N, dtype=np.int64)))

# floats
fa = tile([7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, float("inf"), float("-inf"), float("nan"),
           5.0, -5.0, 0.1, 3.0], np.float64)
fb = tile([2.0, 2.0, -3.0, 3.0, 1e-300, 7.0, 2.0, -2.0, 1.0, -0.5, 0.5, 0.03,
           float("inf"), float("-inf"), float("nan"), -2.5, 1.5], np.float64)
show("f//f", floordiv(fa, fb, np.zeros(N)))
show("f%f", mod(fa, fb, np.zeros(N)))
show("f//i", floordiv(fa, ib, np.zeros(N)))
show("i%f", mod(ia, fb, np.zeros(N)))
fz = fb.copy()
fz[60] = 0.0
fz[61] = -0.0
show("f//0", floordiv(fa, fz, np.zeros(N))[55:65])
show("f%0", mod(fa, fz, np.zeros(N))[55:65])
h = tile([7.5, -7.5, 0.25, 3.0, -0.0, 1e38, float("inf"), float("nan"), 16777217.0, -1e-40], np.float32)
show("f32//f32", floordiv(h, tile([2.0, -2.0, 0.1, 3.0e-3, -7.0, float("inf")], np.float32), np.zeros(N, dtype=np.float32)))
show("f32%f32", mod(h, tile([2.0, -2.0, 0.1, 3.0e-3, -7.0, float("inf")], np.float32), np.zeros(N, dtype=np.float32)))
x = fa[0]
print(type(ia[0] // ib[0]).__name__, type(fa[0] % 2).__name__, type(x // ia[0]).__name__,
      type(n8[0] // n8[1]).__name__, type(h[0] % h[1]).__name__)
