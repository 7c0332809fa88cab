# print() keyword arguments inside @njit code: Numba 0.56 refuses them
# (UnsupportedError), streak with a TypingError naming the line.
from numba import njit


@njit
def with_sep(x):
    print(x, x, sep="-")


@njit
def with_end(x):
    print(x, end="")


for f in (with_sep, with_end):
    try:
        f(1)
        print("compiled")
    except Exception as e:
        print("rejected")
