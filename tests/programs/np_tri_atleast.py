# np.tri (greater_equal.outer of the index ranges as dtype) and
# np.atleast_1d/2d/3d (views with length-1 axes; a list for several inputs)
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: np.tri(3))
show(lambda: np.tri(3, 5, 2, dtype=int))
show(lambda: np.tri(4, 3, -1))
show(lambda: np.tri(3, k=-5))
show(lambda: np.tri(3, k=7, dtype=bool))
show(lambda: np.tri(N=2, M=4, k=1, dtype=np.float32))
show(lambda: np.tri(0))
show(lambda: np.tri(-2, 3))
show(lambda: np.tri(2, None, 0, np.complex128))
show(lambda: np.tri(np.int8(3), np.int64(2)))
show(lambda: np.tri(3, 3, 0, np.int8).dtype)
show(lambda: np.tri())
show(lambda: np.tri(3, bad=1))
for f in (np.atleast_1d, np.atleast_2d, np.atleast_3d):
    show(lambda: f(5))
    show(lambda: f(np.float32(2.5)))
    show(lambda: f([1, 2, 3]))
    show(lambda: f(np.arange(6).reshape(2, 3)))
    show(lambda: f(np.arange(24).reshape(2, 3, 4)).shape)
    show(lambda: f(np.arange(48).reshape(2, 3, 4, 2)).shape)
    show(lambda: f(1, [2, 3], [[4]]))
    show(lambda: f())
    show(lambda: f(np.arange(10)[::3]))
    show(lambda: f(np.array([])).shape)
    x = np.arange(4.0)
    y = f(x)
    idx = [0] * y.ndim
    idx[1 if y.ndim > 1 else 0] = 1
    y[tuple(idx)] = 9.5
    print(x, f(x) is x, f(x).base is x)
    show(lambda: f(x, axis=1))
a = np.arange(3)
b = np.atleast_3d(a)
b[0, 2, 0] = 7
print(a, b.shape, b.strides[1] == a.strides[0])
