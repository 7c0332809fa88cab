# Sets of numbers inside @njit code: Numba's own hash table (setobj.py),
# iterated in its slot order. A display of more than two constants is
# CPython's frozenset constant updated into an empty set; other displays
# add their items last to first; set(iterable) adds them in order.
import numpy as np
from numba import njit


@njit
def items(s):
    out = []
    for x in s:
        out.append(x)
    return out


@njit
def displays(k):
    a = {5, 3, 17, 1, -1, -2, 100, 33}      # constants: the frozenset's order
    b = {k, 3, 17, 1, -1, -2, 100, 33}      # k is not: added last to first
    c = {33, 1}                              # two constants: added last to first
    d = {1.5, 2.5, -0.0, 0.0, 1e300, -1e-300, 4611686018427387904.0}
    e = {True, False, True}
    f = {2 ** 40, -2 ** 40, 2 ** 62, 7}
    return items(a), items(b), items(c), items(d), items(e), items(f)


@njit
def grow_and_shrink(n):
    s = set()
    for i in range(n):
        s.add(i * 7919 % 1000 - 500)
    first = items(s)
    for i in range(0, n, 3):
        s.discard(i * 7919 % 1000 - 500)
    return first, items(s), len(s)


@njit
def from_iterables(lst, arr):
    return items(set(lst)), items(set(arr)), len(set(arr))


@njit
def membership(k):
    s = {10, 20, 30}
    s.add(k)
    s.add(k)  # once only
    s.discard(999)  # absent: nothing happens
    s.remove(10)
    r = (20 in s, 10 in s, 40 not in s, k in s, 20.0 in s, len(s))
    print(s, len(s), 30 in s)
    t = {1, 2, 3}
    t.add(2.5)  # the set holds floats from the start, as Numba types it
    print(t, items(t))
    t.clear()
    t.add(-1.0)
    return r, s, t


@njit
def remove_missing(k):
    s = {1, 2}
    s.remove(k)
    return s


@njit
def hashing(k):
    # -1 and -2 hash to the reserved values: Numba stores both with hash -43
    s = {-1, k, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 0}
    return items(s)


@njit
def pop_copy_update(arr, lst):
    s = {arr[0]}
    s.update(arr)   # presized for both, then shrunk: Numba's set_update
    s.update(lst)
    popped = [s.pop(), s.pop(), s.pop()]  # from the slot after the finger on
    for i in range(0, 60, 4):
        s.discard(i)
    c = s.copy()    # deleted slots: re-added into a table sized for the items
    c.add(1000)
    f = {0.5}
    f.update(c)     # ints into a float set
    return popped, items(s), items(c), items(f), c.pop(), len(c)


@njit
def pop_empty():
    s = {1}
    s.pop()
    return s.pop()


print(displays(5))
print(pop_copy_update(np.arange(60) * 7 % 50 - 20, [3, 99, -99]))
try:
    pop_empty()
except KeyError as e:
    print("KeyError", e)
print(grow_and_shrink(300))
print(grow_and_shrink(11))
print(from_iterables([3, 1, 2, 3, 1, -7], np.array([0.5, 2.5, 0.5, -4.0, 1e9])))
print(membership(25))
print(membership(20))
try:
    remove_missing(5)
except KeyError as e:
    print("KeyError", e)
print(remove_missing(1))
print(hashing(-3), hashing(2 ** 61 + 5))
