# outcmp: exact
import numpy as np
a = np.array([1, 4, 9, 16, 25, 36])
print(np.diff(a), np.diff(a, n=2), np.diff(a, n=3), np.diff(a, 5), np.diff(a, 6))
f = np.array([0.1, 0.3, 0.6, 1.0])
print(np.diff(f), np.diff(f).tolist())
m = np.array([[1, 3, 6], [10, 15, 21]])
print(np.diff(m), np.diff(m, axis=0), np.diff(m, axis=-1, n=2))
print(np.diff(np.array([True, False, False, True])), np.diff(np.array([5, 3], dtype=np.uint8)))
print(np.diff(np.array([100, -100], dtype=np.int8)), np.diff(np.array([1j, 2])))
print(np.diff(np.array([5])), np.diff(np.array([])), np.diff(a, n=0))
t = np.arange(24).reshape(2, 3, 4) ** 2
print(np.diff(t, axis=1))
x = np.cumsum(np.arange(10))
print(np.diff(x), (np.diff(x) == np.arange(1, 10)).all())
