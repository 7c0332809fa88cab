# Global NumPy arrays read in @njit code are frozen as constants when the
# function compiles (Numba): later changes are not seen, a callee keeps the
# copy its own compile made, the array returned is read-only.
import numpy as np
from numba import njit, prange
C = np.array([1.0, 2.0, 3.5])
K = 3
M = np.arange(12).reshape(3, 4)
I8 = np.array([1, -2, 3], dtype=np.int8)
@njit
def f(x):
    return C[1] * x + K + C.sum() + len(C)
print(f(2.0))
C[1] = 100.0
print(f(2.0))
@njit
def g():
    s = 0
    for i in range(M.shape[0]):
        for j in range(M.shape[1]):
            s += M[i, j] * (i + 1)
    return s, I8.sum(), I8[1], M.T[1, 2]
print(g())
@njit
def h():
    return C * 2
print(h())
@njit
def ret():
    return C
r = ret()
print(r)
try:
    r[0] = 5.0
except ValueError as e:
    print("ValueError", e)
@njit(parallel=True)
def p():
    s = 0.0
    for i in prange(C.shape[0]):
        s += C[i]
    return s
print(p())
@njit
def cal(x):
    return f(x) + C[0]
print(cal(1.0))


# Specialisations compiled while the global is unchanged share one frozen
# copy; one compiled after a change freezes the new contents.
G = np.arange(5.0)


@njit
def gsum(x):
    return G.sum() + x


print(gsum(1), gsum(1.5))
G[0] = 10.0
print(gsum(1), gsum(1.5), gsum(np.float32(1.0)))
