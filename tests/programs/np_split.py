# np.split / np.array_split as NumPy 1.24's shape_base.py: sections (the
# first Ntotal % N one longer), index lists (negative, unsorted, past the
# end), axis, views, len(ary) for a list, NumPy's errors
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = np.arange(12)
show(lambda: np.split(a, 3))
show(lambda: np.split(a, [3, 5, 6, 10]))
show(lambda: np.split(a, [3, 1]))
show(lambda: np.split(a, [-3, 20]))
show(lambda: np.split(a, (2, np.int64(7))))
show(lambda: np.split(a, np.array([4, 8])))
show(lambda: np.split(a, []))
show(lambda: np.split(a, 2.0))
show(lambda: np.split(a, np.int8(4)))
show(lambda: np.array_split(a, 5))
show(lambda: np.array_split(a, 2.5))
show(lambda: np.array_split(a, 15))
show(lambda: np.array_split(a, [1.0]))
b = np.arange(24.0).reshape(4, 6)
show(lambda: np.split(b, 2))
show(lambda: np.split(b, 3, axis=1))
show(lambda: np.split(b, [1, 4], axis=-1))
show(lambda: np.array_split(b, 4, axis=1))
show(lambda: np.array_split(b.T, 3))
show(lambda: np.array_split([[1, 2, 3], [4, 5, 6]], 3, axis=1))
show(lambda: np.array_split([1, 2, 3, 4, 5], 2))
show(lambda: np.array_split(np.zeros((0, 3)), 2))
parts = np.split(b, 2)
parts[0][0, 0] = 99.0
print(b[0, 0], parts[1].base is not None)
show(lambda: np.split(a, 5))
show(lambda: np.split(a, 0))
show(lambda: np.array_split(a, 0))
show(lambda: np.array_split(a, -1))
show(lambda: np.split([1, 2, 3, 4], 2))
show(lambda: np.split(a, 2, axis=1))
show(lambda: np.array_split(a, [1], axis=1))
show(lambda: np.array_split(5, 1))
show(lambda: np.split(a))
