# Float ufuncs and / on arrays of bool and 8/16-bit ints in @njit code take
# NumPy's 'f' loop (Numba's loop search skips float16): float32 results,
# computed in float32; 32/64-bit ints take 'd'.
import numpy as np
from numba import njit


@njit
def f(a, b):
    return np.sqrt(a), a / b, np.sin(a), np.arctan2(a, b), np.exp(a), np.true_divide(a, b)


for dt in (np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64):
    a = np.array([1, 2, 3], dtype=dt)
    b = np.array([3, 1, 2], dtype=dt)
    r = f(a, b)
    print(np.dtype(dt).name, [v.dtype.name for v in r])
    print(r[0], r[1], r[4])
print(f(np.array([7, -3], dtype=np.int8), np.array([200, 3], dtype=np.uint8))[1])
