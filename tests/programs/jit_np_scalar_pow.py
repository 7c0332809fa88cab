# ** on NumPy scalars inside hot loops: float64 (C pow, no x*x shortcut),
# float32 (powf), integer dtypes (the wrapping power loop), Python numbers
# on either side, and the exits: negative integer exponents raise ValueError.
# outcmp: exact
import numpy as np

N = 200


def tile(vals, dtype):
    return np.array([vals[i % len(vals)] for i in range(N)], dtype=dtype)


def pow_py_int(x, out):
    for i in range(len(x)):
        out[i] = x[i] ** 2
    return out


def pow_py_exps(x, out):
    s = 0.0
    for i in range(len(x)):
        v = x[i]
        out[i] = v ** 3 + v ** -1 + v ** 0
        s += v ** 0.5
    return s


def pow_elem(x, y, out):
    for i in range(len(x)):
        out[i] = x[i] ** y[i]
    return out


def pow_rev(x, out):
    for i in range(len(x)):
        out[i] = 1.5 ** x[i]
    return out


def sum_squares(arr):
    total = 0.0
    for i in range(len(arr)):
        total += arr[i] ** 2
    return total


def show(label, a):
    print(label, a.dtype, a.tolist()[:24])


f = tile([3.5, -7.25, 0.1, 1e300, -0.0, 2.0, float("inf"), float("nan"), -3.0, 5e-324,
          1.0000001, -1e-200, 0.0, float("-inf"), 123.456], np.float64)
show("f**2", pow_py_int(f, np.zeros(N)))
o = np.zeros(N)
print("sum", repr(pow_py_exps(f, o)))
show("f**3+f**-1+f**0", o)
g = tile([2.0, 3.0, -2.5, 0.5, 7.0, -1.0, 2.0, 1.5, -np.inf, 3.0, 0.0, 1e10], np.float64)
show("f**g", pow_elem(f, g, np.zeros(N)))
k = tile([0, 1, 2, 3, -1, 7, 10, 62, 5], np.int64)
show("f**k", pow_elem(f, k, np.zeros(N)))
show("1.5**f", pow_rev(f, np.zeros(N)))
x = (np.arange(1000) * 7919 % 10007) / 10007.0
print("sum_squares", repr(sum_squares(x)), type(sum_squares(x)).__name__)

# integers: wrapping like NumPy's power loop
a = tile([3, -7, 0, 5, -1, 2, 9, -128, 127, 1 << 40, 1, -2], np.int64)
e = tile([2, 3, 50, 0, 63, 64, 1, 5, 7], np.int64)
show("i64**i64", pow_elem(a, e, np.zeros(N, dtype=np.int64)))
show("i64**2", pow_py_int(a, np.zeros(N, dtype=np.int64)))
show("i64**2.0", pow_elem(a, tile([2.0], np.float64), np.zeros(N)))
for dt in (np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32):
    a8 = tile([3, 7, 0, 5, 1, 2, 9, 100, 127, 12], dt)
    e8 = tile([2, 3, 5, 0, 7, 1], dt)
    r = pow_elem(a8, e8, np.zeros(N, dtype=dt))
    show(np.dtype(dt).name + "**same", r)
    show(np.dtype(dt).name + "**2", pow_py_int(a8, np.zeros(N, dtype=np.int64)))
b = tile([True, False, True], np.bool_)
show("bool**i64", pow_elem(b, e, np.zeros(N, dtype=np.int64)))
u = tile([2**63 + 5, 7, 0, 2**64 - 1, 3, 2**32 + 1], np.uint64)
show("u64**u64", pow_elem(u, tile([2, 3, 0, 1, 5], np.uint64), np.zeros(N, dtype=np.uint64)))

# float32: powf; with a Python int the result is float64
h = tile([1.5, -2.25, 0.1, 3e38, 1e-45, 2.0, 7.7], np.float32)
show("f32**f32", pow_elem(h, tile([2.0, 3.0, 0.5, -1.0, 1.7], np.float32), np.zeros(N, dtype=np.float32)))
show("f32**2", pow_py_int(h, np.zeros(N)))

# a negative integer exponent raises, from inside the compiled loop
neg = tile([2, 3, 1, 0, 4], np.int64)
neg[150] = -1
out = np.zeros(N, dtype=np.int64)
try:
    pow_elem(a, neg, out)
except ValueError as err:
    print("ValueError:", err)
print(out[145:152].tolist())
print(type(a[0] ** a[0]).__name__, type(a[0] ** 2.0).__name__, type(h[0] ** h[1]).__name__,
      type(h[0] ** 2).__name__, type(u[0] ** u[1]).__name__, type(b[0] ** 2).__name__)
