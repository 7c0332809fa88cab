import numpy as np
a = np.array([1.0, 2.0, np.nan, np.inf])
b = np.array([1.0 + 1e-9, 2.1, np.nan, np.inf])
print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.isclose(1e-10, 0), np.isclose(1e-10, 0, atol=0))
print(np.allclose(a[:2], b[:2]), np.allclose(a[:2], b[:2], rtol=0.1), np.allclose(a, a), np.allclose(a, a, equal_nan=True))
print(np.isclose([1, 2], [1, 3]), np.isclose(np.arange(3), 1.0), np.isclose(-np.inf, np.inf))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal(a, a), np.array_equal(a, a, equal_nan=True))
print(np.array_equal(np.arange(3), np.arange(3.0)), np.array_equiv([1, 1], 1), np.allclose(100.0, 100.0001))
