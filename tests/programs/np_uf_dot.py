import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4) / 7
print(a @ b)
print(np.dot(a, b), a.dot(b).shape)
v = np.array([1.0, -2.0, 0.5])
print(a @ v, v @ b, v @ v, np.dot(v, v), np.inner(v, v))
print(np.dot(3, a), np.dot(np.arange(3), np.arange(3)))
print(np.matmul(np.ones((2, 2, 3)), np.ones((3, 2))).shape, (np.ones((4, 1, 2, 3)) @ np.ones((5, 3, 2))).shape)
print(np.outer(np.arange(3), np.arange(4)), np.multiply.outer([1, 2], [10, 20, 30]))
x = np.linspace(-1, 1, 200).reshape(20, 10)
print(repr((x @ x.T)[3, 7]), repr((x.T @ x)[2, 9]), repr(np.dot(x[0], x[1])))
i = np.arange(9).reshape(3, 3)
print(i @ i, i.dot(np.array([1, 0, -1])), np.trace(i), i.trace())
c = np.array([1 + 2j, 3 - 1j])
print(c @ c, np.vdot(c, c), np.dot(c, np.array([1, 1j])))
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
try:
    np.dot(a, a)
except ValueError as e:
    print("ValueError:", e)
print(np.array([True, False]) @ np.array([True, True]), np.arange(3, dtype=np.int8) @ np.arange(3, dtype=np.int8))
print(np.dot(np.ones((2, 3, 4)), np.ones((4, 5))).shape, np.dot(np.ones((2, 3, 4)), np.ones((5, 4, 2))).shape)
