# A shift in @njit code takes its signedness from the left operand and is
# at least 64 bits wide (Numba's BitwiseShiftOperation): uint64 >> 1 is a
# logical shift, uint16 << 20 and int16 << 20 do not truncate.
import numpy as np
from numba import njit


@njit
def shifts(x, u, b, s, w, h):
    return (u >> 1, u << 1, b >> 1, b << 9, s << 60, s >> 2, x >> u, True << 3, x << 2,
            w << 20, h << 20, h >> 1, w >> 3)


r = shifts(-5, np.uint64(2**63 + 5), np.uint8(200), np.int8(-3), np.uint16(65535), np.int16(-32768))
print(r)
