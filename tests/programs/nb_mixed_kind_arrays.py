# Whole-array arithmetic mixing integer and inexact arrays: Numba's loop
# search gives the inexact dtype (float32 + int64 -> float32), computed by
# the scalar rules (float64 for int32/int64 with float32) and cast back.
import numpy as np
from numba import njit
@njit
def add(x, y):
    return x + y
@njit
def mul(x, y):
    return x * y
@njit
def div(x, y):
    return x / y
f32 = np.array([1.5, 2.25], dtype=np.float32); i32 = np.array([3, 16777217], dtype=np.int32); i64 = np.array([3, 16777217]); i16 = np.array([3, 5], dtype=np.int16)
c64 = np.array([1 + 1j, 2], dtype=np.complex64); u8 = np.array([1, 255], dtype=np.uint8); b = np.array([True, False])
for p, q in ((f32, i32), (i64, f32), (i16, f32), (c64, i64), (u8, f32), (b, f32), (f32, 3), (i64, 2.5), (f32, np.float64(2.0)), (i32, i64)):
    r1, r2, r3 = add(p, q), mul(p, q), div(p, q)
    print(r1.dtype, r1, r2.dtype, r3.dtype, r3)
