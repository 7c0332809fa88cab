import numpy as np
a = np.array([[True, False], [True, True]])
print(a.all(), a.any(), a.all(axis=0), a.any(axis=1), np.all(a, axis=1), np.any(a, axis=0, keepdims=True))
print(np.all([1, 2, 3]), np.any([0, 0]), np.all([]), np.any([]), np.all(np.array([0.0, 1.0])))
print(np.any(np.array([np.nan])), np.all(np.arange(5) >= 0))
print(np.logical_and.reduce([True, False]), np.logical_or.reduce(np.array([0, 0, 3])))
print(np.count_nonzero([1, 0, 2, 0]), np.count_nonzero(np.eye(3)), np.count_nonzero(np.arange(6).reshape(2, 3), axis=0))
print(np.nonzero(np.array([0, 3, 0, 4])), np.nonzero(np.array([[1, 0], [0, 1]])), np.array([0, 5, 6]).nonzero())
print(np.flatnonzero(np.array([[0, 1], [1, 0]])), np.argwhere(np.array([[0, 1], [1, 0]])))
