# outcmp: exact
import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.vstack([a, b]))
print(np.hstack([a, b]))
print(np.vstack((a, b, a)).shape, np.hstack((a, b, a)).shape)
m = np.arange(6).reshape(2, 3)
print(np.vstack([m, a]))
print(np.hstack([m, np.array([[10], [20]])]))
print(np.vstack([m, m]).shape, np.hstack([m, m]).shape)
t = np.arange(8).reshape(2, 2, 2)
print(np.vstack([t, t]).shape, np.hstack([t, t]).shape)
print(np.hstack([np.array([1.5]), a]), np.vstack([np.array([True, False]), np.array([2, 3])]))
print(np.vstack([1, 2, 3]), np.hstack([1, 2, 3]))
print(np.vstack([np.zeros((0, 3)), a]), np.hstack([np.array([]), a]))
try:
    np.vstack([a, np.array([1, 2])])
except ValueError as e:
    print("ValueError:", e)
try:
    np.hstack([m, a])
except ValueError as e:
    print("ValueError:", e)
print(np.vstack([a, b]).T, np.hstack([m[0], m[1]]))
