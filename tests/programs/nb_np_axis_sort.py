# np.argmax/np.argmin along an axis of a 2-d array, np.sort of a 2-d array
# (each row) and np.argsort(kind='mergesort') (stable) inside @njit code,
# as Numba 0.56 gives them.
import numpy as np
from numba import njit


@njit
def arg_axis(m, ax):
    return np.argmax(m, axis=ax), np.argmin(m, ax)


@njit
def sort2(m):
    return np.sort(m)


@njit
def stable(a):
    return np.argsort(a, kind='mergesort'), np.argsort(a, kind='quicksort')


m = np.array([[3.0, 7.0, 7.0, 1.0], [np.nan, 2.0, 9.0, 9.0], [5.0, 5.0, -1.0, 0.0]])
for ax in (0, 1, -1, -2):
    print(ax, arg_axis(m, ax))
print(arg_axis(np.arange(12).reshape(3, 4) % 5, 0))
print(arg_axis(m.T, 1))
try:
    arg_axis(m, 2)
except ValueError as e:
    print("ValueError:", e)

print(sort2(m))
print(sort2(np.array([[3, 1, 2], [9, -4, 0]])))
print(sort2(m[:, ::2]))

print(stable(np.array([3.0, 1.0, 3.0, np.nan, 1.0, 2.0, np.nan, 3.0])))
print(stable(np.array([2, 2, 1, 1, 0, 2, 1, 0, 0, 2, 1, 1, 0, 2, 2, 1, 0, 0, 1])))
print(stable(np.zeros(0)), stable(np.array([5.0])))
np.random.seed(5)
x = np.floor(np.random.random(45) * 6)
x[np.array([3, 17, 30, 31, 44])] = np.nan
print(stable(x))
print(stable(np.floor(np.random.random(70) * 4).astype(np.int64))[0])


@njit
def arg_axis_methods(m, ax):
    return m.argmax(axis=ax), m.argmin(ax), m.argmax(1), m.argmax()


print(arg_axis_methods(m, 0), arg_axis_methods(np.arange(6).reshape(2, 3) % 4, -1))
