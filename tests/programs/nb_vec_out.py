# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['float64(float64)'])
def half(x):
    return x / 2.0

a = np.arange(6.0).reshape(2, 3)
out = np.empty((2, 3))
r = half(a, out=out)
print(out, r is out)
out32 = np.zeros(3, dtype=np.float32)
half(np.array([1.0, 3.0, 5.0]), out32)
print(out32, out32.dtype)
try:
    half(np.arange(3.0), out=np.zeros(4))
except ValueError as e:
    print("ValueError", str(e)[:30])
