# np.clip, np.unique, np.hstack, np.vstack and np.stack inside @njit: the
# results of Numba's implementations (clip keeps a's dtype; unique keeps
# every nan).
import numpy as np
from numba import njit


@njit
def clip(a, lo, hi):
    return np.clip(a, lo, hi)


@njit
def unique(a):
    return np.unique(a)


@njit
def stacks(a, b):
    return np.hstack((a, b)), np.vstack((a, b)), np.stack((a, b))


@njit
def stack3(a):
    return np.stack((a, a * 2, a * 3)), np.hstack((a, a[:, ::-1]))


print(clip(np.arange(5), 1.5, 3.5), clip(np.arange(5.0), 1, 3), clip(np.array([np.nan, 1.0, 5.0]), 0.0, 2.0))
print(clip(np.arange(6.0).reshape(2, 3), 1.0, 4.0), clip(np.arange(5.0), 3.0, 1.0), clip(np.arange(5.0), np.nan, 2.0))
print(clip(np.arange(-3, 4, dtype=np.int32), -1, 2), clip(np.arange(10, dtype=np.uint8), 2, 5), clip(np.arange(6.0)[::2], 1.0, 3.0))
print(unique(np.array([3, 1, 2, 3, 1])), unique(np.array([2.5, np.nan, 1.0, 2.5, np.nan])), unique(np.arange(6).reshape(2, 3) % 4))
print(unique(np.zeros(0)), unique(np.array([-0.0, 0.0, 1.0])), unique(np.array([5], dtype=np.int8)))
print(stacks(np.arange(3.0), np.ones(3)))
print(stacks(np.arange(4).reshape(2, 2), np.ones((2, 2))))
print(stack3(np.arange(6).reshape(2, 3)))
for a, b in ((np.arange(3.0), np.ones(2)), (np.ones((2, 2)), np.ones((3, 2)))):
    try:
        stacks(a, b)
    except ValueError as e:
        print("ValueError")
