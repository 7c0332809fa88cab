# outcmp: exact
import numpy as np
m = np.arange(12).reshape(3, 4)
print(m.sum(), m.sum(axis=0), m.sum(axis=1), m.sum(axis=-1), m.sum(axis=-2))
print(np.sum(m), np.sum(m, axis=0), np.sum(m, 1))
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=0))
print(t.sum(axis=1))
print(t.sum(axis=2))
print(t.sum(axis=(0, 1)), t.sum(axis=(1, 2)), t.sum(axis=(0, 2)), t.sum(axis=(0, 1, 2)))
print(t.sum(axis=(2, 0)))
f = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
print(f.sum(), f.sum(axis=0), f.sum(axis=1), f.sum(axis=0).tolist(), f.sum(axis=1).tolist())
print(type(m.sum()).__name__, type(f.sum()).__name__, m.sum(axis=0).dtype)
print(m[:, ::2].sum(axis=0), m[::-1].sum(axis=1), m.T.sum(axis=1))
try:
    m.sum(axis=2)
except Exception as e:
    print(type(e).__name__, e)
print(np.sum([1, 2, 3]), np.sum([[1.5], [2.5]], axis=0), np.sum(5))
print(np.zeros((0, 3)).sum(axis=0), np.zeros((3, 0)).sum(axis=1), np.zeros((0,)).sum())
print(np.array([1 + 2j, 3j]).sum(), np.array([True, True, False]).sum(axis=0))
