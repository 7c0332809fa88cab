# outcmp: exact
# random.shuffle(array) inside @njit: Numba's Fisher-Yates from the end
# with random.randrange(i + 1) on its own state (rows of a 2-d array swap
# as copies); the interpreter's random.shuffle of a list stays CPython's.
import random
import numpy as np
from numba import njit


@njit
def shuffled(a, s):
    random.seed(s)
    random.shuffle(a)
    return a


@njit
def shuffle_twice(a, s):
    random.seed(s)
    random.shuffle(a)
    b = a.copy()
    random.shuffle(a)
    return b, a, random.random()


@njit
def deck(n, s):
    random.seed(s)
    cards = np.arange(n)
    random.shuffle(cards)
    hand = cards[:5].copy()
    random.shuffle(cards[10:20])
    return hand, cards


for s in [0, 1, 2024]:
    print(shuffled(np.arange(10), s))
    print(shuffled(np.linspace(0.0, 1.0, 7), s))
    print(shuffled(np.arange(12).reshape(4, 3), s))
    print(shuffled(np.arange(24).reshape(3, 2, 4), s))
    print(shuffle_twice(np.arange(8), s))
    print(deck(52, s))
print(shuffled(np.array([True, False, True, False, False]), 3))
print(shuffled(np.arange(1), 3), shuffled(np.arange(0), 3))

# the interpreter's shuffle (CPython's _randbelow on its own state) is untouched
random.seed(0)
lst = list(range(10))
random.shuffle(lst)
print(lst)
shuffled(np.arange(10), 0)
lst2 = list(range(10))
random.shuffle(lst2)
random.seed(0)
lst3 = list(range(10))
random.shuffle(lst3)
random.shuffle(lst3)
print(lst2, lst2 == lst3)
