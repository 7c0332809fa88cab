# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['int64(int64, int64)', 'float64(float64, float64)'])
def add(a, b):
    return a + b

m = np.arange(24).reshape(2, 3, 4)
print(add.reduce(m))
print(add.reduce(m, axis=1))
print(add.reduce(m, axis=2))
print(add.accumulate(np.arange(6)), add.accumulate(np.arange(6.0).reshape(2, 3), axis=1))
try:
    add.reduce(np.array([], dtype=np.int64))
except ValueError as e:
    print("ValueError")
