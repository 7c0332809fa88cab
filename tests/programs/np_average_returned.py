# np.average(returned=True, keepdims=): (avg, scl) with scl broadcast to avg's shape, all dtypes/weights paths
import numpy as np
a = np.arange(12.0).reshape(3, 4)
i = np.arange(6).reshape(2, 3)
w = np.array([[1, 2, 3, 4], [0, 1, 0, 1], [2, 2, 2, 2]])
cases = [
    lambda: np.average(a, returned=True),
    lambda: np.average(a, axis=0, returned=True),
    lambda: np.average(a, axis=1, returned=True),
    lambda: np.average(a, axis=(0, 1), returned=True),
    lambda: np.average(i, returned=True),
    lambda: np.average(i, axis=1, returned=True),
    lambda: np.average(i.astype(np.float32), axis=1, returned=True),
    lambda: np.average(i.astype(np.complex64), axis=0, returned=True),
    lambda: np.average(a, weights=w, returned=True),
    lambda: np.average(a, axis=0, weights=w, returned=True),
    lambda: np.average(a, axis=1, weights=[1, 2, 3, 4], returned=True),
    lambda: np.average(a, axis=0, weights=[1, 2, 3], returned=True),
    lambda: np.average(i, axis=1, weights=np.array([1, 2, 3], dtype=np.float32), returned=True),
    lambda: np.average(i.astype(np.float32), weights=np.ones((2, 3), dtype=np.float32), returned=True),
    lambda: np.average(a, axis=0, keepdims=True),
    lambda: np.average(a, keepdims=True),
    lambda: np.average(a, axis=1, keepdims=True, returned=True),
    lambda: np.average(a, axis=1, weights=[1, 2, 3, 4], keepdims=True, returned=True),
    lambda: np.average(a, axis=0, weights=w, keepdims=True),
    lambda: np.average(a, weights=w, keepdims=True, returned=True),
    lambda: np.average([1, 2, 3], returned=1),
    lambda: np.average([1, 2, 3], weights=[1, 1, 2], returned=True),
    lambda: np.average(a, axis=0, keepdims=False, returned=True),
    lambda: np.average(np.float64(3.5), returned=True),
    lambda: np.average(np.array(2), keepdims=True),
    lambda: np.average(a, weights=np.zeros((3, 4)), returned=True),
]
for f in cases:
    try:
        r = f()
        print(repr(r), type(r[1]).__name__ if isinstance(r, tuple) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
