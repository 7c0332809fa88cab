# np.dot / @ with a vector result (dot of vectors, matrix @ vector, vector @
# matrix): each element is summed from 0 in index order, as the reference
# BLAS the oracle's NumPy calls does; terms of very different sizes make any
# other order print other digits.
import numpy as np

x = np.array([1e16, 1.0, -1e16, 3.0, 0.1, 1e-3, -0.7, 2.5e15, 1.25])
y = np.array([1.0, 3.0, 1.0, -2.0, 0.3, 7.0, 0.9, -1.0, 1e-8])
print(repr(np.dot(x, y)), repr(x @ y), repr(np.dot(y, x)))
m = np.outer(np.linspace(-3.0, 7.0, 5), x) + np.arange(45.0).reshape(5, 9) * 1e15
print(np.dot(m, y))
print(m @ y)
print(y[:5] @ m)
print(np.dot(m.T.copy(), y[:5]))
print(np.dot(m[:, ::2], y[:5]))
print(np.dot(np.arange(10), np.arange(10)), np.dot(np.array([2**62, 2**62, 7], dtype=np.int64), np.array([2, 2, 1])))
a8 = np.array([100, 27, -90, 5], dtype=np.int8)
print(np.dot(a8, a8), np.dot(a8, a8).dtype)
f32 = np.array([1e8, 1.0, -1e8, 0.5], dtype=np.float32)
print(np.dot(f32, np.ones(4, dtype=np.float32)), np.dot(f32.reshape(2, 2), np.ones(2, dtype=np.float32)))
c = np.array([1 + 2j, 1e16 - 1j, -1e16 + 0.5j])
print(np.dot(c, c), np.dot(c.reshape(1, 3), c))
print(np.dot(np.array([True, False, True]), np.array([True, True, False])))
print(np.dot(np.zeros((3, 0)), np.zeros(0)), np.dot(np.zeros(0), np.zeros(0)))
print(np.dot(np.array([-0.0, -0.0]), np.array([1.0, 1.0])), np.dot(np.array([[-0.0]]), np.array([1.0])))
