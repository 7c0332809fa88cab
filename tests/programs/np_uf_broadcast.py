import numpy as np
a = np.arange(3)
b = np.arange(4).reshape(4, 1)
print(a + b)
print((a * b).shape, (a[None, :] - b).shape)
c = np.ones((2, 1, 3))
print((c + np.arange(4).reshape(4, 1)).shape)
print(np.arange(6).reshape(2, 3) * np.array([10, 100, 1000]))
print(np.arange(12).reshape(3, 4)[::2, ::-1] + np.arange(4))
try:
    np.arange(3) + np.arange(4)
except ValueError as e:
    print("ValueError:", e)
x = np.arange(5.0)
print(x[1:] - x[:-1], x[::2] * x[1::2][:3] if len(x[1::2]) >= 3 else x[::2][:2] * x[1::2])
print(np.add([1, 2, 3], [[1], [2]]), np.multiply(2, [1, 2]))
