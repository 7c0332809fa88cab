# outcmp: exact
import numpy as np
a = np.array([1, 5, 3, 7, 5])
b = np.array([2, 5, 1, 7, 9])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(np.equal(a, b), np.not_equal(a, b), np.less(a, b), np.less_equal(a, b), np.greater(a, b), np.greater_equal(a, b))
print(a == 5, 5 == a, a > 2.5, a < np.float32(4))
m = np.arange(6).reshape(2, 3)
print(m > np.array([1, 3, 4]))
print(m == m.T[:1].T)
print(np.array([1.0, np.nan]) < np.array([2.0, np.nan]), np.array([-0.0]) == np.array([0.0]))
print(np.array([1 + 1j, 2]) == np.array([1 + 1j, 2 + 1j]))
print(np.array([255], dtype=np.uint8) == np.array([-1], dtype=np.int8), np.array([255], dtype=np.uint8) > -1)
print(np.array([2**63], dtype=np.uint64) > np.array([-1]), np.array([2**53 + 1]) == np.array([2.0**53]))
print((a == b).dtype, type(a[0] == b[0]).__name__, a[1] == b[1])
print(np.array_equal(a, a.copy()), (a == a).all(), (a < b).any())
try:
    if a == b:
        pass
except ValueError as e:
    print("ValueError:", e)
print(np.array([True, False]) == np.array([1, 0]), np.array([1, 2]) == 1.0)
print(bool(np.array([5]) == 5), bool(np.array([])) if False else 'skip')
c = a < b
print(c.sum(), c.astype(int), c.nonzero())
