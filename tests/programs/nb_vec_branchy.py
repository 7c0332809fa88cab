# outcmp: exact
import numpy as np
from numba import vectorize, guvectorize, int64, float64, float32, int32


@vectorize(['int64(int64)'])
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

print(collatz_steps(np.arange(1, 16)))
print(collatz_steps(np.array([[27, 97], [871, 6171]])))
