# Rows and columns of a 2-d array picked by a 1-d boolean mask (a[mask],
# a[mask, :], a[:, mask]) or integer array (a[rows, :]) in @njit code, as
# Numba's advanced indexing: a new C-contiguous array. (A mask whose length
# differs from the axis is an IndexError in streak; Numba reads past it.)
import numpy as np
from numba import njit


@njit
def centroids(X, labels, k):
    C = np.zeros((k, X.shape[1]))
    for j in range(k):
        pts = X[labels == j]
        if pts.shape[0] > 0:
            C[j] = pts.sum(axis=0) / pts.shape[0]
    return C


@njit
def pick(A, rm, cm, rows):
    return A[rm], A[rm, :], A[:, cm], A[rows, :], A[rm][:, cm]


@njit
def rows_of(A, m):
    return A[m]


X = np.array([[0.0, 0.0], [1.0, 0.5], [9.0, 9.0], [8.0, 10.0], [0.5, 1.0]])
labels = np.array([0, 0, 1, 1, 0])
print(centroids(X, labels, 3))
A = np.arange(12).reshape(3, 4)
for r in pick(A, np.array([True, False, True]), np.array([False, True, True, False]), np.array([2, -3, 2])):
    print(r.shape, r.ravel())
print(pick(A.T, np.array([True, True, False, True]), np.array([False, True, True]), np.array([0]))[2])
print(rows_of(A, np.zeros(3, dtype=np.bool_)).shape)
