# Set operations Numba 0.56 refuses are TypingErrors here too: indexing a
# set, a set of items that do not unify.
from numba import njit, TypingError


@njit
def index_set(k):
    s = {1, 2, k}
    return s[0]


@njit
def mixed_items(k):
    s = {1, (2, 3), k}
    return len(s)


for f in (index_set, mixed_items):
    try:
        print(f(3))
    except TypingError:
        print("TypingError")
