# Numba's min, max, round, abs, divmod, ... take no keyword arguments: a
# key=, default= or ndigits= given in @njit code is a TypingError (it was
# ignored here, so min(t, key=abs) gave the plain minimum). Keywords Numba
# does take still work: sorted(reverse=), sum(start=).
from numba import njit, TypingError


@njit
def round_kw(x):
    return round(x, ndigits=1)


@njit
def min_key(t):
    return min(t, key=abs)


@njit
def max_default(a, b):
    return max(a, b, default=3)


@njit
def divmod_kw(a):
    return divmod(a, b=2)


@njit
def allowed(n):
    l = [n, 1, 2]
    return sorted(l, reverse=True), sum(l, start=10), round(2.56, 1), min(l), max(3, 7)


for f, args in ((round_kw, (2.56,)), (min_key, ((3, -4),)), (max_default, (1, 2)), (divmod_kw, (7,))):
    try:
        print(f.__name__, f(*args))
    except TypingError:
        print(f.__name__, "TypingError")
print(allowed(3))
