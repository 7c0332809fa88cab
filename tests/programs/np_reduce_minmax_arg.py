# outcmp: exact
import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
print(a.min(), a.max(), a.argmin(), a.argmax(), np.min(a), np.max(a), np.argmin(a), np.argmax(a))
print(np.amin(a), np.amax(a), type(a.argmax()).__name__, type(a.max()).__name__)
m = np.array([[3, 7, 2], [8, 1, 8], [0, 7, 5]])
print(m.min(axis=0), m.max(axis=0), m.min(axis=1), m.max(axis=1))
print(m.argmin(axis=0), m.argmax(axis=0), m.argmin(axis=1), m.argmax(axis=1))
print(m.argmax(), m.argmin(), m.max(keepdims=True), m.min(axis=1, keepdims=True))
f = np.array([1.5, np.nan, -2.0, 7.0])
print(f.min(), f.max(), f.argmin(), f.argmax())
g = np.array([-0.0, 0.0, -1.5, np.inf, -np.inf])
print(g.min(), g.max(), g.argmin(), g.argmax())
print(np.array([2, 2, 2]).argmax(), np.array([[5, 5], [5, 5]]).argmin(axis=1))
u = np.array([200, 10, 255], dtype=np.uint8)
print(u.min(), u.max(), type(u.max()).__name__, u.argmax())
b = np.array([False, True, True])
print(b.min(), b.max(), b.argmax(), np.array([True, False]).argmin())
c = np.array([1 + 5j, 2 + 0j, 1 + 6j])
print(c.max(), c.min(), c.argmax(), c.argmin())
t = np.arange(24).reshape(2, 3, 4) % 7
print(t.max(axis=(0, 2)), t.argmax(axis=2), t.min(axis=-1))
for f in (np.min, np.max, np.argmin, np.argmax):
    try:
        f(np.array([]))
    except ValueError as e:
        print("ValueError:", e)
print(m[:, ::-1].argmax(axis=1), m.T.argmin(axis=1))
