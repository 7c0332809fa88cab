# Unary minus flips the sign bit, also of a NaN (NumPy's negative; tcc's
# -x compiled as a subtraction kept it), for whole arrays of float64 and
# float32 in @njit code, elementwise kernels and scalars alike.
import numpy as np
from numba import njit


@njit
def neg(a):
    return -a


@njit
def neg_expr(a, b):
    return -(a + b) * 1.0


@njit
def neg_scalar(x):
    return -x


x = np.array([np.nan, -np.nan, 0.0, -0.0, np.inf, 2.5])
for dt in (np.float64, np.float32):
    a = x.astype(dt)
    print(np.copysign(1.0, neg(a)), neg(a).dtype)
    print(np.copysign(1.0, neg_expr(a, np.zeros(6, dtype=dt))))
print(np.copysign(1.0, neg_scalar(np.nan)), np.copysign(1.0, neg_scalar(-np.nan)))
print(neg(np.array([1, -2, -128], dtype=np.int8)), neg(np.array([3], dtype=np.uint8)))
