# An exception raised in @njit code takes constant arguments only (Numba
# 0.56, which raises ConstantInferenceError for this; streak a TypingError,
# named and placed).
from numba import njit


@njit
def f(x):
    if x < 0:
        raise ValueError(x)
    return x


print(f(-1))
