# outcmp: exact
import numpy as np
a = np.array([1, 2, 3])
print(np.array_equal(a, [1, 2, 3]), np.array_equal(a, a.astype(float)), np.array_equal(a, [1, 2]))
print(np.array_equal(a, np.array([[1, 2, 3]])), np.array_equal(np.zeros((2, 2)), np.zeros((2, 2))))
print(np.array_equal(np.array([np.nan]), np.array([np.nan])), np.array_equal(np.array([np.nan]), np.array([np.nan]), equal_nan=True))
print(np.array_equal(np.array([]), np.array([])), np.array_equal(np.array([True]), np.array([1])), np.array_equal(1, 1.0))
print(type(np.array_equal(a, a)).__name__, np.array_equal(a, a[::-1][::-1]), np.array_equal(a.T, a))
m = np.arange(6).reshape(2, 3)
print(np.array_equal(m, m.T.T), np.array_equal(m, m.T), np.array_equal(m, m.reshape(3, 2)))
print(np.array_equal(np.array([1 + 0j]), np.array([1.0])), np.array_equal(np.array([-0.0]), np.array([0.0])))
b = a.copy()
b[1] = 5
print(np.array_equal(a, b), (a == b).all(), (a == b).tolist(), np.array_equal(np.sort(b[::-1]), np.sort(b)))
