import numpy as np
# np.median with a tuple of axes and keepdims (NumPy's _ureduce)
x = np.array([[[1.5, -2.0, 7.0], [0.5, np.nan, 3.0]], [[4.0, 4.5, -1.0], [2.0, 8.0, 6.0]]])
i = np.array([[2, -129, 127, 5], [1, -3, 6, 0], [200, -7, 0, 9]], dtype=np.uint8)
c = np.array([[1+2j, -1j], [3-4j, 0.5+0.5j]], dtype=np.complex64)
def show(f):
    try:
        r = f(); print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for a in (x, x[:, 1:], i, i.T, c, np.array(5), np.zeros((0, 3))):
    nd = a.ndim
    for ax in (None, 0, -1, (0,), (0, -1), (1, 0), tuple(range(nd))):
        for kd in (False, True):
            show(lambda: np.median(a, axis=ax, keepdims=kd))
show(lambda: np.median(i, axis=(0, 2)))
show(lambda: np.median(i, axis=(0, 0)))
show(lambda: np.median(np.array([], dtype=np.uint64), axis=(0, 1)))
