# outcmp: exact
import numpy as np
a = np.array([1, 2, 0, 4])
print(a.all(), a.any(), np.all(a), np.any(a), type(a.all()).__name__)
print(np.array([]).all(), np.array([]).any(), np.zeros(3).any(), np.ones(3).all())
m = np.array([[True, False, True], [True, True, True]])
print(m.all(), m.any(), m.all(axis=0), m.all(axis=1), m.any(axis=0), m.any(axis=1))
print(m.all(axis=1, keepdims=True), m.any(keepdims=True))
f = np.array([0.0, -0.0, np.nan])
print(f.any(), f[:2].any(), np.array([np.nan]).all())
t = (np.arange(24).reshape(2, 3, 4) % 5) != 0
print(t.all(axis=2), t.any(axis=(0, 2)), t.all(axis=(0, 1)))
print(np.all([1, 1, 1]), np.any([0, 0, 1]), np.all(np.array([1 + 0j, 1j])), np.any(np.array([0j])))
x = np.arange(10)
print((x >= 0).all(), (x > 5).any(), (x > 10).any(), ((x % 2 == 0) | (x % 2 == 1)).all())
print(all(x > -1), any(x > 8), x.any(axis=0))
