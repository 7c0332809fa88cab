# outcmp: exact
import numpy as np
t = np.array([True, False, True, False])
f = np.array([True, True, False, False])
print(t + f, (t + f).dtype)
print(t * f, (t * f).dtype)
try:
    print(t - f)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-t)
except TypeError as e:
    print("TypeError:", e)
print(t + 1, t * 2.5, t.sum(), t.mean())
print(t / f)
a = np.array([7, -7, 7, -7, 0])
b = np.array([2, 2, -2, -2, 3])
print(a // b, a % b, np.floor_divide(a, b), np.mod(a, b))
print(a / b)
x = np.array([7.5, -7.5, 7.5, -7.5])
y = np.array([2.0, 2.0, -2.0, -2.0])
print(x // y, x % y)
print(np.array([5, 6], dtype=np.int8) // np.array([2, -4], dtype=np.int8))
print(np.array([-128], dtype=np.int8) // np.array([-1], dtype=np.int8))
print(np.array([1, 2, 3]) // 0, np.array([1, 2, 3]) % 0)
print(np.array([1.0, -1.0, 0.0]) / 0)
print(np.array([1.0, -1.0]) // 0.0, np.array([1.0, -1.0]) % 0.0)
print(divmod(np.array([7, -7]), 3))
