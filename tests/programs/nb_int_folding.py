# CPython folds operators on int literals into one constant before Numba
# types it: inside @njit such an expression has the folded value (never an
# int64 wrap-around at run time), and a constant past int64 is a TypingError.
from numba import njit, TypingError


@njit
def folded():
    return (2**64 // 4, -2**63, 2**63 - 1 + 0, (1 << 62) * 2 - 1 - (1 << 62) * 2 + 1,
            -(2**63) // 2, ~0, 7 // -2, -7 % 3, 10**18 * 9 // 10**18, 0**0, 5**0,
            (-3) ** 3, 255 & ~15 | 1 ^ 3, -1 >> 70, 3 - -2**62)


@njit
def mixed(x):
    return x * 2**40 + (2**64 >> 32) - 10**9


print(folded())
print(mixed(3), mixed(-1))


@njit
def past_uint64(x):
    return x + 2**64


@njit
def below_int64(x):
    return x + (-2**63 - 1)


for f in (past_uint64, below_int64):
    try:
        f(1)
    except TypingError:
        print(f.__name__, "TypingError")
