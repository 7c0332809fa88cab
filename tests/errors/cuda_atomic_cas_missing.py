# cuda.atomic.cas arrived after Numba 0.56: streak raises a TypingError naming compare_and_swap.
import numpy as np
from numba import cuda


@cuda.jit
def k(a):
    i = cuda.grid(1)
    if i < a.size:
        cuda.atomic.cas(a, i, 0, 1)


a = np.zeros(4, dtype=np.int32)
k[1, 4](a)
print(a)
# oracle: differs -- the CUDA simulator has no atomic.cas and fails with an
#   AttributeError; streak raises a TypingError naming compare_and_swap
