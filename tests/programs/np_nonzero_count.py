# outcmp: exact
import numpy as np
a = np.array([0, 3, 0, -1, 5, 0])
print(np.count_nonzero(a), np.nonzero(a), a.nonzero(), a[np.nonzero(a)])
print(type(np.count_nonzero(a)).__name__, np.nonzero(a)[0].dtype)
m = np.array([[0, 1, 0], [2, 0, 3]])
print(np.count_nonzero(m), np.count_nonzero(m, axis=0), np.count_nonzero(m, axis=1))
r, c = np.nonzero(m)
print(r, c, m[r, c], m[np.nonzero(m)])
print(np.nonzero(m > 0), np.count_nonzero(m > 0))
print(np.count_nonzero(np.array([0.0, -0.0, np.nan, 1e-300])), np.nonzero(np.array([0.0, -0.0, np.nan, 1e-300])))
print(np.count_nonzero(np.array([True, False, True])), np.nonzero(np.array([False, False])))
t = np.arange(24).reshape(2, 3, 4) % 5 == 0
print(np.nonzero(t))
print(np.count_nonzero(t), np.count_nonzero(t, axis=2))
print(np.count_nonzero(np.array([0j, 1j, 1 + 0j])), np.count_nonzero([]), np.count_nonzero([[0, 2], [3, 0]]))
print(np.nonzero(np.array([[1j]])), np.transpose(np.nonzero(m)))
