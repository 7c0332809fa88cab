# np.cross inside @njit code: 1-d vectors and rows of 2-d arrays with 2 or
# 3 components (Numba's ValueErrors when both have 2, or other sizes).
import numpy as np
from numba import njit


@njit
def cross(a, b):
    return np.cross(a, b)


print(cross(np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])))
print(cross(np.array([1.5, -2.0, 3.0]), np.array([4.0, 0.5, -1.0])))
print(cross(np.array([1, 2, 3]), np.array([4, 5, 6])), cross(np.array([1, 2]), np.array([4, 5, 6])))
print(cross(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0])))
m = np.arange(12.0).reshape(4, 3)
print(cross(m, m[::-1]))
print(cross(m, np.array([[0.0, 0.0, 1.0]])))
print(cross(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])))
for x, y in ((np.ones(2), np.ones(2)), (np.ones(4), np.ones(3))):
    try:
        cross(x, y)
    except ValueError as e:
        print("ValueError:", e)
