# outcmp: exact
import numpy as np
a = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 3.14159, -2.71828, 1234.5678])
print(np.round(a), np.round(a, 2), np.round(a, -1), np.round(a, -2))
print(np.round(a, 3).tolist())
print(a.round(1), np.around(a, 4))
print(np.round(np.array([0.125, 0.375, 2.675, 1.005]), 2).tolist())
print(np.round(np.array([15, 25, -35, 123456]), -1), np.round(np.array([15, 25, -35]), 1), np.round(np.array([1, 2]), -1).dtype)
print(np.round(np.array([1.5 + 2.5j, -0.5 - 1.25j]), 1), np.round(np.array([1.5 + 2.5j])))
print(np.round(np.float64(2.5)), repr(np.round(2.567, 2)), type(np.round(2.567, 2)).__name__)
print(np.round(np.array([1e20, 1e-20, np.nan, np.inf]), 3))
print(np.round(np.arange(10) / 3, 2))
print(np.round(np.array([0.1, 0.2], dtype=np.float32) * 3, 3), np.round(np.array([0.1, 0.2], dtype=np.float32) * 3, 3).dtype)
m = np.arange(6).reshape(2, 3) / 7
print(np.round(m, 3))
out = np.zeros(8)
np.round(a, 1, out=out)
print(out)
print(round(np.float64(2.5)), round(np.float64(3.14159), 2), type(round(np.float64(2.5))).__name__)
