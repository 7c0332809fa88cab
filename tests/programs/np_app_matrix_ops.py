# outcmp: exact
import numpy as np
A = np.array([[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]])
b = np.array([11.0, -16.0, 17.0])
n = len(b)
M = np.hstack([A, b[:, None]])
for k in range(n):
    p = np.abs(M[k:, k]).argmax() + k
    if p != k:
        M[[k, p]] = M[[p, k]]
    M[k] = M[k] / M[k, k]
    for r in range(n):
        if r != k:
            M[r] = M[r] - M[r, k] * M[k]
x = M[:, -1]
print(M)
print(x, A @ x, np.allclose(A @ x, b))
I = np.eye(3)
Aug = np.hstack([A, I])
for k in range(n):
    Aug[k] /= Aug[k, k]
    for r in range(n):
        if r != k:
            Aug[r] -= Aug[r, k] * Aug[k]
inv = Aug[:, 3:]
print(inv)
print(np.round(A @ inv, 12), np.allclose(A @ inv, I))
print(A[np.arange(3), np.arange(3)].sum(), (A == A.T).all())
