# Numba 0.56 cannot bind the caught exception (`except Exception as e`):
# a compile-time error naming the line.
from numba import njit


@njit
def f(x):
    try:
        y = 10 // x
    except Exception as e:
        y = 0
    return y


print(f(0))
