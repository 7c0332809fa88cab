# List operators and comprehensions with several 'for's inside @njit code:
# + (a new list), * by an int either side, += and *= extending the list
# itself (an argument is reflected back), as Numba 0.56 does.
import numpy as np
from numba import njit


@njit
def concat(n):
    a = [1, 2]
    b = [i * 10 for i in range(n)]
    return a + b, [1, 2] + [3.5], b + b


@njit
def repeat(n):
    return 2 * [1, 2], [1] * n, [1.5] * -1, [(1, 2.0)] * 2 + [(3, 4.0)]


@njit
def in_place(l, n):
    alias = l
    l += [7]
    l += l
    l *= n
    return alias


@njit
def emptied(l):
    l *= 0
    return len(l)


@njit
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i)]


@njit
def products(x, y):
    return [a * b for a in x if a > 0 for b in y if b != a]


@njit
def triple(n):
    return sum([i * j * k for i in range(n) for j in range(n) for k in range(j)])


@njit
def flatten(m):
    return [v for row in m for v in row]


lst = [1, 2]
print(concat(3))
print(repeat(3))
print(in_place(lst, 2), lst)
lst2 = [1.5, 2.5]
print(emptied(lst2), lst2)
print(pairs(4))
print(products(np.array([-1.0, 2.0, 3.0]), [2.0, 5.0]))
print(triple(5))
print(flatten(np.arange(6.0).reshape(2, 3)))
