# outcmp: exact
# np.arange's dtype is at least int64 (NumPy scalars of smaller types
# promote with it), its second item is start + step in the arguments' own
# arithmetic (float32 for float32 scalars), and the length likewise; a zero
# step of NumPy scalars or an infinite length is ValueError, of Python
# numbers ZeroDivisionError
import numpy as np


def t(f):
    try:
        x = f()
        print(x.dtype, x.tolist())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


t(lambda: np.arange(np.float32(0.1), np.float32(1), np.float32(0.2)))
t(lambda: np.arange(np.float32(0.1), 1, np.float32(0.2), dtype=np.float64))
t(lambda: np.arange(np.float32(0.1), 3))
t(lambda: np.arange(np.float32(0.1), 3, 0.3))
t(lambda: np.arange(np.float32(0.1), np.float32(3), np.float32(0.3), dtype=np.float32))
t(lambda: np.arange(np.int8(100), np.int8(127), np.int8(9)))
t(lambda: np.arange(np.int8(3)))
t(lambda: np.arange(np.uint8(1), 5))
t(lambda: np.arange(np.int16(1), 10, np.int16(4), dtype=np.int8))
t(lambda: np.arange(np.float32(1e8), np.float32(1e8 + 40), np.float32(8)))
t(lambda: np.arange(np.int64(5), np.int64(0), np.int64(0)))
t(lambda: np.arange(np.int64(0), np.int64(0), np.int64(0)))
t(lambda: np.arange(0, 5, np.float32(0)))
t(lambda: np.arange(0, 5, 0))
t(lambda: np.arange(0, 5, 0.0))
t(lambda: np.arange(0, np.inf))
t(lambda: np.arange(0, -np.inf))
t(lambda: np.arange(0, 1e300, 1e-300))
t(lambda: np.arange(0.1, 2.3, 0.3))
