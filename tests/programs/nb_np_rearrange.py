# np.flip/fliplr/flipud, np.roll, np.repeat, np.eye, np.identity, np.diag
# and np.full_like inside @njit code, as Numba 0.56 gives them.
import numpy as np
from numba import njit


@njit
def flips(a, m):
    return np.flip(a), np.flip(m), np.fliplr(m), np.flipud(m), np.flipud(a)


@njit
def flip_write(a):
    v = np.flip(a)
    v[0] = -1.0  # a view, as in Numba
    return a


@njit
def rolls(a, m, s):
    return np.roll(a, s), np.roll(a, -s), np.roll(m, s)


@njit
def repeats(a, m, n):
    return np.repeat(a, n), np.repeat(m, 2)


@njit
def bad_repeat(a, n):
    return np.repeat(a, n)


@njit
def eyes(n, m, k):
    return np.eye(n), np.eye(n, m), np.eye(n, m, k), np.eye(n, M=m, k=-k), np.identity(n)


@njit
def diags(v, m, k):
    return np.diag(v), np.diag(v, k), np.diag(v, k=-k), np.diag(m), np.diag(m, k), np.diag(m, -k)


@njit
def likes(a, ia):
    return np.full_like(a, 2.5), np.full_like(ia, 7), np.full_like(ia, 2.75), np.full_like(a, True)


a = np.arange(5.0)
m = np.arange(6).reshape(2, 3)
for part in flips(a, m):
    print(part)
print(flip_write(a.copy()))
print(flips(np.arange(8.0)[::3], np.arange(8.0).reshape(2, 4)[:, 1:])[0])

for s in (0, 2, 7, -3):
    print(s, rolls(a, m, s))
print(repeats(a[:3], m, 3), repeats(a[:3], m, 0), repeats(a[:3], m, 1))
try:
    bad_repeat(a, -1)
except ValueError as e:
    print("ValueError:", e)

for part in eyes(3, 4, 1):
    print(part)
print(eyes(2, 2, 3)[2], eyes(0, 2, 0)[0].shape)

for part in diags(np.array([1, 2, 3]), np.arange(12.0).reshape(3, 4), 1):
    print(part)
print(diags(np.array([1.5]), np.arange(4.0).reshape(2, 2), 3))

for part in likes(np.arange(3.0), np.arange(4).reshape(2, 2)):
    print(part)
