# outcmp: exact
import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a + 1e-9
print(np.allclose(a, b), np.isclose(a, b), np.allclose(a, a + 1e-3), np.isclose(a, a + 1e-3))
print(np.allclose(a, b, rtol=0, atol=1e-10), np.isclose(a, a * (1 + 1e-6), rtol=1e-5))
c = np.array([np.nan, 1.0, np.inf, -np.inf])
print(np.isclose(c, c), np.isclose(c, c, equal_nan=True), np.allclose(c, c), np.allclose(c, c, equal_nan=True))
print(np.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, np.isclose(1e-9, 0), np.isclose(1e-7, 0), np.isclose(0, 1e-9, atol=0))
print(np.allclose(np.arange(5), np.arange(5.0)), np.allclose(np.ones((2, 3)), 1), np.allclose([1, 2], [1, 2.00001]))
print(np.isclose(np.array([[1.0, 2.0]]), np.array([[1.0], [2.0]])))
print(np.isclose(1 + 1j, 1 + 1.0000000001j), type(np.isclose(1.0, 1.0)).__name__, type(np.allclose(1.0, 1.0)).__name__)
x = np.linspace(0, 1, 11)
y = np.arange(11) / 10
print(x == y, np.allclose(x, y), np.isclose(x, y).all())
try:
    np.allclose(np.ones(3), np.ones(4))
except ValueError as e:
    print("ValueError:", e)
print(np.isclose(100.0, 101.0, rtol=0.01), np.isclose(100.0, 101.0, rtol=0.009), np.isclose(-0.0, 0.0))
