# Arrays too big to allocate: NumPy's MemoryError text (sizes in binary
# units) and its ValueError when the byte count overflows an intp (zero
# dimensions skipped in that product). Sizes are beyond any address space.
import numpy as np


def attempt(f):
    try:
        r = f()
        print("ok", r.shape, r.dtype)
    except (MemoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: np.empty((2**62,), dtype=np.int8))
attempt(lambda: np.empty((2**60, 8), dtype=np.int8))
attempt(lambda: np.zeros((5 * 2**60,), dtype=np.uint8))
attempt(lambda: np.ones((2**58, 3), dtype=np.float32))
attempt(lambda: np.full((2**55, 2, 2, 2), 1.5))
attempt(lambda: np.zeros((2**59, 0, 16), dtype=np.float64))
attempt(lambda: np.zeros((2**61, 4, 0), dtype=np.float64))
attempt(lambda: np.zeros((2**59, 0), dtype=np.float64))
attempt(lambda: np.zeros((2**63 - 1,), dtype=np.int16))
attempt(lambda: np.zeros((3, -1)))
attempt(lambda: np.zeros((0, -1)))
attempt(lambda: np.empty((2**40, 2**40)))
