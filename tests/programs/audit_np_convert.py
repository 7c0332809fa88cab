# int(), float(), complex() of NumPy arrays and scalars (ndarray.__int__/
# __float__: size-1 arrays of any ndim convert, larger ones raise), and the
# IndexError NumPy gives for an index array of a non-integer dtype.
import numpy as np


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(int(np.array([5])), float(np.array([[2.5]])), int(np.array(7.9)), int(np.array([-7.9])))
print(complex(np.array([1.5])), complex(np.array([[2 - 1j]])), float(np.array([3], np.uint8)))
print(int(np.array([True])), float(np.array([1e300], np.float64)), int(np.array([2**62]) * 2))
print(float(np.int8(3)), int(np.float32(2.7)), int(np.uint64(2**64 - 1)), int(np.bool_(True)))
print(float(np.arange(6)[4:5]), int(np.arange(12).reshape(3, 4)[1:2, 2:3]))
show(lambda: int(np.arange(3)))
show(lambda: float(np.zeros((2, 1))))
show(lambda: complex(np.ones(2)))
show(lambda: int(np.array([])))
a = np.arange(4)
show(lambda: a[np.array([1.0])])
show(lambda: a[np.array([], dtype=float)])
show(lambda: a[(np.array([1.5]),)])
show(lambda: a[[1.0]])
show(lambda: a[[[1.0], [2.0]]])
show(lambda: a[np.array([1j])])
print(a[np.array([], dtype=np.int64)], a[[]], a[np.array([3, -4])])
