# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['float64(float64, float64)'], target='parallel')
def hyp(a, b):
    return (a * a + b * b) ** 0.5

x = np.arange(100000.0) % 10
y = np.ones(100000) * 3.0
r = hyp(x, y)
print(r[:5], r[-3:], r.sum())
print(hyp(3.0, 4.0), hyp(np.array([[3.0], [5.0]]), np.array([4.0, 12.0])))
