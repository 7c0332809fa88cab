# math.atan2/hypot/copysign on scalars in @njit code: the float32 version
# where a float32 meets a float32 or a type Numba's casting rules convert
# to it safely (bool, int8, int16, uint8; not uint16, which goes through
# int32); float64 else. math.pow(float32, float32) is powf.
import math
import numpy as np
from numba import njit


@njit
def f(a, b):
    # atan2's float32 digits are Numba's atan2f's, not glibc's: its type only
    return math.atan2(a, b) * 0.0, math.hypot(a, b), math.copysign(a, b)


@njit
def p(a, b):
    return math.pow(a, b)


x = np.float32(2.5)
for y in (np.float32(-1.5), np.uint8(9), np.int16(-300), np.uint16(7), np.int8(-3), True, np.int32(-7), 3, -3.75):
    r = f(x, y)
    print(type(y).__name__, r, [type(v).__name__ for v in r])
    r = f(y, x)
    print(type(y).__name__, r)
print(p(np.float32(2.5), np.float32(-1.5)), p(np.float32(0.5), np.float32(3.0)), p(2.5, np.float32(2.0)))
