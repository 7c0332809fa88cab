# outcmp: exact
import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, -5, 6])
print(np.dot(a, b), a.dot(b), type(np.dot(a, b)).__name__)
x = np.array([0.1, 0.2, 0.3])
y = np.array([0.4, 0.5, 0.6])
print(repr(np.dot(x, y)), repr(x @ y), repr((x * y).sum()))
m = np.arange(6).reshape(2, 3)
n = np.arange(12).reshape(3, 4)
print(np.dot(m, n))
print(m.dot(n).shape, np.dot(m, a), np.dot(np.array([1, 1]), m))
print(np.dot(3, a), np.dot(a, 2.5), np.dot(2, 3))
f = np.arange(6.0).reshape(3, 2) / 4
print(np.dot(m, f))
print(np.dot(m, f).tolist())
c = np.array([1 + 1j, 2 - 1j])
print(np.dot(c, c), np.dot(c, np.array([1, 1j])), np.dot(c.conj(), c))
r = np.arange(1000) * 0.001 + 0.5
s = 0.0
for v in r.tolist():
    s += v * v
print(repr(np.dot(r, r)), repr(s), repr((r * r).sum()))
i8 = np.array([100, 100], dtype=np.int8)
print(np.dot(i8, i8), np.dot(i8, i8).dtype)
t = np.arange(24).reshape(2, 3, 4)
print(np.dot(t, np.arange(4)))
print(np.dot(np.ones((2, 3)), np.ones((3,), dtype=np.float32)).dtype, np.dot(np.ones(3, np.float32), np.ones(3, np.float32)).dtype)
for p, q in [(np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), np.ones(4)), (np.ones((3, 2)), np.ones(3))]:
    try:
        np.dot(p, q)
    except ValueError as e:
        print("ValueError:", e)
