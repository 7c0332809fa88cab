import numpy as np
# np.arange(dtype=bool) longer than 2 is a TypeError; np.float64(one-item real
# array) is a scalar (float(x) first), other scalar types keep the array
def show(f):
    try:
        r = f(); print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.arange(2, dtype=bool))
show(lambda: np.arange(3, dtype=bool))
show(lambda: np.arange(0.5, 3, dtype=np.bool_))
show(lambda: np.arange(0, 1e-1, 1e-2, dtype=np.bool_))
show(lambda: np.arange(1, -1, -1, dtype=np.bool_))
show(lambda: np.arange(0, 0.2, 0.1, dtype=np.bool_))
show(lambda: np.arange(5, 2, dtype=np.bool_))
show(lambda: np.float64(np.array([-5.75], dtype=np.float32)))
show(lambda: np.float64(np.array([[[False]]])))
show(lambda: np.float64(np.array(2.5)))
show(lambda: np.float64(np.array([2**64 - 1], dtype=np.uint64)))
show(lambda: np.float64(np.array([1.0, 2.0])))
show(lambda: np.float64(np.array([2.0], dtype=np.complex64)))
show(lambda: np.float64(np.array([])))
show(lambda: np.float64([2.0]))
show(lambda: np.float32(np.array([2.0])))
show(lambda: np.complex128(np.array([2.0])))
show(lambda: np.int64(np.array([2.0])))
