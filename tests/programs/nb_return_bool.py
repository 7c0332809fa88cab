# A declared boolean result takes any real number (x != 0), as Numba's
# unsafe return conversion does; a complex result does not convert.
import math
import numba


@numba.njit('boolean(int64)')
def odd(x):
    return x % 2


@numba.njit('boolean(float64)')
def nonzero(x):
    return x * 2.0


try:
    @numba.njit('float64(complex128)')
    def real_part(z):
        return z * 2
    print(real_part(1 + 2j))
except numba.core.errors.TypingError:
    print("TypingError")

print(odd(3), odd(4), odd(-1))
print(nonzero(0.0), nonzero(-0.0), nonzero(1e-300), nonzero(math.nan))
