# outcmp: exact
from numba import guvectorize
import numpy as np


@guvectorize(['void(float64[:], float64, float64[:])', 'void(int64[:], int64, int64[:])'], '(n),()->(n)')
def add_scalar(x, y, res):
    for i in range(x.shape[0]):
        res[i] = x[i] + y


@guvectorize(['void(float64[:], float64[:])'], '(n)->()')
def vsum(x, res):
    s = 0.0
    for v in x:
        s += v
    res[0] = s


@guvectorize(['void(float64[:], float64[:], float64[:])'], '(n),(n)->()')
def vdot(a, b, res):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    res[0] = s


print(add_scalar(np.arange(5.0), 2.5))
print(add_scalar(np.arange(5), 10))
print(add_scalar(np.arange(6.0).reshape(2, 3), np.array([100.0, 200.0])))
out = np.zeros(4)
add_scalar(np.ones(4), 1.0, out)
print(out)
print(vsum(np.arange(10.0)), vsum(np.arange(12.0).reshape(3, 4)))
print(vdot(np.arange(3.0), np.arange(3.0)), vdot(np.ones((2, 3)), np.arange(3.0)))
