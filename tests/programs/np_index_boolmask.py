# outcmp: exact
import numpy as np
a = np.array([5, -3, 8, 0, -1, 7, 2])
mask = a > 0
print(mask)
print(a[mask], a[~mask], a[a % 2 == 0], a[(a > 0) & (a < 8)], a[(a < 0) | (a > 6)])
print(a[np.array([True, False] * 3 + [True])])
print(a[a > 100], a[a > 100].shape, a[a > 100].dtype)
m = np.arange(12).reshape(3, 4)
print(m[m % 3 == 0])
print(m[m > 5].shape)
print(m[np.array([True, False, True])])
print(m[:, np.array([False, True, True, False])])
print(m[np.array([True, False, True]), 1])
print(m[m.sum(axis=1) > 10])
f = np.array([1.5, np.nan, -2.0, np.inf, 0.0])
print(f[np.isfinite(f)], f[~np.isnan(f)], f[f != 0])
b = np.array([[True, False], [False, True]])
z = np.array([[1, 2], [3, 4]])
print(z[b], z[~b], z[b].shape)
print(np.count_nonzero(mask), a[mask].sum(), a[mask].size)
try:
    a[np.array([True, False])]
except IndexError as e:
    print("IndexError:", e)
try:
    m[np.array([True, False])]
except IndexError as e:
    print("IndexError:", e)
