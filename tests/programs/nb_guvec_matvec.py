# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@guvectorize(['void(float64[:, :], float64[:], float64[:])'], '(m,n),(n)->(m)')
def matvec(a, x, out):
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j] * x[j]
        out[i] = s

a = np.arange(6.0).reshape(2, 3)
print(matvec(a, np.array([1.0, 0.0, -1.0])))
stack = np.arange(12.0).reshape(2, 2, 3)
print(matvec(stack, np.ones(3)))
