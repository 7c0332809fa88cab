# np.isin (few tests compared one by one with value-based casting as
# NumPy's in1d does, many in the promoted dtype; NaN never matches) and
# np.average (np.mean without weights; weighted sums in the promoted dtype,
# 1-D weights along an axis, NumPy's errors).
import numpy as np
def t(label, f):
    try:
        r = f(); print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
a = np.arange(12).reshape(3, 4)
t(1, lambda: np.isin(a, [1, 5, 11, 20]))
t(2, lambda: np.isin(a, [1, 5], invert=True))
t(3, lambda: np.isin([1.0, 2.5, np.nan, -0.0], [np.nan, 0, 1]))
t(5, lambda: np.isin(3, [1, 2, 3]))
t(6, lambda: np.isin(a, []))
t(7, lambda: np.isin(np.array([0.1], dtype=np.float32), [0.1]))
t(8, lambda: np.isin(np.array([1 + 1j, 2]), [2, 1 + 1j, 3j]))
t(9, lambda: np.isin(np.array([True, False]), [1]))
t(10, lambda: np.isin(a, np.array([[3, 4], [7, 8]])))
t(11, lambda: np.average(a))
t(12, lambda: np.average(a, axis=0))
t(13, lambda: np.average(a, axis=1, weights=[1, 2, 3, 4]))
t(14, lambda: np.average(a, weights=np.ones((3, 4))))
t(15, lambda: np.average(a, axis=0, weights=[1, 0, 1]))
t(16, lambda: np.average([1, 2, 3], weights=[3, 2, 1]))
t(17, lambda: np.average(a, weights=[1, 2, 3, 4]))
t(18, lambda: np.average(a, axis=1, weights=[1, 2]))
t(19, lambda: np.average(a, axis=1, weights=[[1, 2, 3, 4]]))
t(20, lambda: np.average([1, 2], weights=[1, -1]))
t(21, lambda: np.average(np.array([1.5, 2.5], dtype=np.float32), weights=np.array([1, 3], dtype=np.float32)))
t(22, lambda: np.average(np.array([1.5, 2.5], dtype=np.float32), weights=[1, 3]))
t(23, lambda: np.average(np.array([1, 2], dtype=np.int8), weights=np.array([1, 3], dtype=np.int8)))
t(24, lambda: np.average(np.array([1 + 1j, 2]), weights=[1, 1]))
t(25, lambda: np.average(a, axis=-1, weights=np.arange(4) * 0.5))
t(26, lambda: np.average(np.array(5.0)))
t(27, lambda: np.average(a.astype(np.float32), axis=0))
big = np.arange(100) * 0.5
t(28, lambda: np.isin(np.array([0.1, 0.5, 3.0], dtype=np.float32), big).tolist())
t(29, lambda: np.isin(np.arange(50, dtype=np.float32) * np.float32(0.1), [0.1, 0.2, 0.5]).sum())
t(30, lambda: np.isin(np.arange(50, dtype=np.float32) * np.float32(0.1), np.arange(40) * 0.1).sum())
t(31, lambda: np.isin(np.arange(20) % 7, [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25], invert=True))
t(32, lambda: np.isin(np.array([[np.nan, 1.0]]), np.array([np.nan] * 30 + [1.0])))
