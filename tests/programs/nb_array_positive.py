# +a and np.positive(a) of real arrays inside @njit: a new array (Numba's
# positive ufunc), int8 for a bool array (NumPy's 'b' loop).
import numpy as np
from numba import njit


@njit
def pos(a, b, f):
    x = +a
    x[0] = 99
    y = np.positive(f)
    y[0, 0] = 7.0
    return x, y, +f, np.positive(a), +b, np.positive(b), +a[::2] * 2, np.positive(f.T) - 1


a = np.array([1, 2, 3])
f = np.array([[1.5, -0.0], [2.0, np.nan]], dtype=np.float32)
b = np.array([True, False])
for v in pos(a, b, f):
    print(repr(v))
print(a)
print(f)
