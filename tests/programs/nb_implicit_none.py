# An @njit function whose end is reachable returns None there, so a
# function that also returns a value returns Optional(T) (None printed,
# TypeError where an int is then needed); loops that only end by return
# (while True without break) and if/else chains that all return do not.
from numba import njit
import numpy as np

@njit
def find(a, x):
    for i in range(len(a)):
        if a[i] == x:
            return i

@njit
def use(a, x):
    r = find(a, x)
    return r + 1

@njit
def forever(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            return i

@njit
def forelse(n):
    for i in range(n):
        if i > 5:
            break
    else:
        return -1
    return i

@njit
def whilebrk(n):
    while True:
        n -= 1
        if n < 0:
            break
    if n < -5:
        return 1

@njit
def ifelse(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        raise ValueError('zero')

@njit
def nested_loop(n):
    while 1:
        for j in range(n):
            if j > 2:
                break
        return j

print(find(np.arange(5), 3), find(np.arange(5), 9))
print(use(np.arange(5), 3))
try:
    print(use(np.arange(5), 9))
except Exception as e:
    print(type(e).__name__, e)
print(forever(50), forelse(3), forelse(10), whilebrk(2), whilebrk(-10), ifelse(3), nested_loop(10))


@njit
def first_positive(a):
    for v in a:
        if v > 0:
            return v


@njit
def maybe_array(a):
    if a[0] > 0:
        return a * 2


@njit
def maybe_tuple(x):
    if x > 0:
        return (x, 2.5)


@njit
def caller(x):
    r = first_positive(x)
    if r is None:
        return -100.0
    return r


print(first_positive(np.array([-1.0, 2.0])), first_positive(np.array([-1.0])))
print(maybe_array(np.ones(2)), maybe_array(-np.ones(2)))
print(maybe_tuple(3), maybe_tuple(-3))
print(caller(np.array([0.0, 4.5])), caller(np.zeros(3)))
