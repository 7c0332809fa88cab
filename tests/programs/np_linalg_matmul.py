# outcmp: exact
import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
print(a @ b)
print(np.matmul(a, b))
print(b @ a, a @ a @ a)
v = np.array([1, -1])
print(a @ v, v @ a, v @ v, type(v @ v).__name__)
f = np.array([[0.5, 1.5, -2.0], [1.0, 0.25, 4.0]])
print(f @ f.T)
print(f.T @ f)
s = np.arange(24).reshape(2, 3, 4)
w = np.arange(8).reshape(4, 2)
print(s @ w)
print((s @ w).shape, (s @ np.arange(4)).shape, (np.arange(3) @ s).shape)
bb = np.arange(8).reshape(2, 2, 2)
print(bb @ bb)
print(np.arange(4).reshape(1, 2, 2) @ np.arange(8).reshape(2, 2, 2))
c = np.array([[1j, 1], [0, 1j]])
print(c @ c)
m = a.copy()
try:
    m @= b
except TypeError as e:
    print("TypeError:", e)
m = m @ b
print(m)
for p, q in [(np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), np.ones(4))]:
    try:
        p @ q
    except ValueError as e:
        print("ValueError:", e)
try:
    np.ones(3) @ 2
except ValueError as e:
    print("ValueError:", e)
print((np.ones((3, 3), dtype=np.int8) @ np.ones((3, 3), dtype=np.int16)).dtype)
print(np.eye(3) @ np.arange(9.0).reshape(3, 3) @ np.eye(3))
