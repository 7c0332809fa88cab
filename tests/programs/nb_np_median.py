# np.median and np.array_equal inside @njit code, as Numba 0.56 computes
# them (its quickselect on a flattened copy).
import numpy as np
from numba import njit


@njit
def med(a):
    return np.median(a)


@njit
def same(a, b):
    return np.array_equal(a, b)


print(med(np.array([3.0, 1.0, 2.0])), med(np.array([4.0, 1.0, 3.0, 2.0])), med(np.array([7.5])))
print(med(np.array([5, 1, 4, 4, 2, 9])), med(np.array([2, 1])), med(np.arange(12.0).reshape(3, 4)))
np.random.seed(0)
x = np.random.random(25)
print(med(x), med(x[::3]), med(x[1:]), med(x.reshape(5, 5)))
print(np.isnan(med(np.array([1.0, np.nan, 2.0]))))

a = np.arange(6.0)
print(same(a, a.copy()), same(a, a + 1), same(a, a[:3]), same(a.reshape(2, 3), a.reshape(3, 2)))
print(same(a.reshape(2, 3), a.reshape(2, 3)), same(np.array([1.0, 2.0]), np.array([1, 2])))
print(same(np.array([np.nan]), np.array([np.nan])), same(a, a.reshape(2, 3)))
