# np.percentile / np.quantile as NumPy 1.24 computes them: methods, axis,
# keepdims, q shapes, integer q for quantile, dtypes (float32, int8 wrap,
# complex), NaN lanes, errors
import numpy as np
a = np.array([3.0, 1.0, 4.0, 1.5, 9.0, 2.6, 5.0])
for q in [0, 10, 25, 50, 62.5, 75, 90, 100]:
    print(q, np.percentile(a, q), np.quantile(a, q / 100))
print(np.percentile(a, [10, 50, 90]))
print(np.quantile(a, np.array([[0.1, 0.2], [0.5, 1.0]])))
b = np.arange(24).reshape(2, 3, 4)
print(np.percentile(b, 40))
print(np.percentile(b, 40, axis=0))
print(np.percentile(b, [40, 60], axis=1))
print(np.percentile(b, 33, axis=-1, keepdims=True))
print(np.percentile(b, [33, 90], axis=2, keepdims=True).shape)
print(np.percentile(b, 50, keepdims=True))
for m in ["linear", "lower", "higher", "midpoint", "nearest", "hazen", "weibull", "median_unbiased", "normal_unbiased", "interpolated_inverted_cdf"]:
    print(m, np.percentile(a, [0, 15, 37, 50, 88, 100], method=m), repr(np.percentile(b, 37, method=m)))
print(repr(np.quantile(np.array([1, 2, 3]), 1)), repr(np.quantile(np.array([1, 2, 3]), 0)), repr(np.quantile(np.array([1, 2, 3]), 1.0)))
print(repr(np.quantile(np.array([1, 2, 3, 4]), [0, 1])))
f = np.array([1.5, 2.5, 0.5], dtype=np.float32)
print(repr(np.percentile(f, 50)), repr(np.percentile(f, 30)), repr(np.percentile(f, [30, 70])))
print(repr(np.percentile(f, 30, method="lower")))
print(repr(np.percentile(np.array([1.0, np.nan, 3.0]), 50)))
print(repr(np.percentile(np.array([[1.0, np.nan], [3.0, 4.0]]), 50, axis=0)))
print(repr(np.percentile(np.array([[1.0, np.nan], [3.0, 4.0]]), 50, axis=1)))
print(repr(np.percentile(np.array([1.0, np.nan, 3.0], dtype=np.float32), 50)))
print(repr(np.percentile(np.array([1.0, 2.0, np.inf]), [50, 100])))
print(repr(np.percentile([1, 5, 2, 8], 50)), repr(np.percentile(7, 50)), repr(np.percentile([[1, 2], [3, 4]], 75)))
print(repr(np.percentile(np.array([-100, 100], dtype=np.int8), 50)))
print(repr(np.percentile(np.array([1 + 1j, 3 - 1j]), 50)))
print(repr(np.percentile(np.array([2, 4, 1], dtype=np.uint8), 25)))
print(repr(np.percentile(np.arange(10), 25, interpolation="lower")))
for bad in [(101,), (-1,), ([10, 120],)]:
    try:
        np.percentile(a, *bad)
    except ValueError as e:
        print("ValueError", e)
try:
    np.quantile(a, 1.5)
except ValueError as e:
    print("ValueError", e)
try:
    np.percentile(a, 5, method="bogus")
except ValueError as e:
    print("ValueError", e)
try:
    np.percentile(np.array([]), 50)
except IndexError as e:
    print("IndexError", e)
print(np.percentile(np.array([True, False, True]).astype(int), 50))
a = np.arange(12.0).reshape(3, 4)
print(repr(np.percentile(a, [], axis=0)))
print(repr(np.percentile(a, (25, 75), axis=1, keepdims=True)))
print(repr(np.percentile(np.array(5.0), 30)))
print(repr(np.quantile(a, 0.3, axis=0, method="nearest")))
print(repr(np.quantile(a.T, [0.3], axis=1)))
print(repr(np.quantile(a[:, ::2], 0.5, axis=0)))
try:
    print(np.percentile(np.array([True, False]), 50))
except TypeError as e:
    print("TypeError", e)
print(repr(np.percentile(np.array([[3, 1], [2, 9]], dtype=np.int32), 50, axis=0)))
print(repr(np.quantile(np.array([5, 1, 3]), np.array([0, 1]))))
print(repr(np.quantile(np.array([5.0, 1.0, 3.0]), True)))
