# outcmp: exact
import numpy as np
x = np.float64(0.1)
print(x, repr(x), str(x), type(x).__name__, x.dtype, x.itemsize)
print(x + 0.2, repr(x + 0.2), type(x + 0.2).__name__, type(0.2 + x).__name__)
print(x * 3, x / 3, x // 0.03, x % 0.03, x ** 2, -x, abs(-x))
print(isinstance(x, float), float(x) == 0.1, x == 0.1, x < 0.2, hash(x) == hash(0.1))
print(np.float64(1) / 3, np.float64(2) / 3, np.float64(1e100) * 1e100, np.float64(-1e-300) / 1e300)
print(np.float64(3.0), np.float64(-0.0), np.float64(1e16), np.float64(123456789.123), np.float64(1.5e-10))
print(f"{x}", f"{x:.3f}", f"{x:10.4f}|", f"{x:e}", "%g" % x, "%.2f" % np.float64(2.675), "{:.1%}".format(np.float64(0.256)))
print(str([np.float64(1.5), np.float64(2)]), (np.float64(0.5),))
print(np.float64(7).is_integer(), np.float64(2.5).as_integer_ratio(), int(np.float64(-3.9)), round(np.float64(2.5)), round(np.float64(3.5)))
print(repr(np.float64(2) ** 0.5), repr(np.float64(10) ** -2), repr(np.float64(10) ** 20))
s = np.float64(0)
for i in range(10):
    s += 0.1
print(repr(s), type(s).__name__)
print(max(np.float64(1), 2.5), min(np.float64(-1), 0), sorted([np.float64(3), 1.0, np.float64(2)]))
print(np.float64('1.5'), np.float64(np.int8(-3)), np.float64(True), np.float64())
print(repr(np.float64(np.inf)), repr(-np.float64(np.inf)))
print(divmod(np.float64(7.5), 2), np.float64(7.5).real, np.float64(7.5).imag)
