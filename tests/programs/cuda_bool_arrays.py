# Boolean arrays as kernel inputs/outputs and boolean logic.
import numpy as np
from numba import cuda


@cuda.jit
def logic(x, mask, out):
    i = cuda.grid(1)
    if i < x.size:
        out[i] = (x[i] > 2 and mask[i]) or x[i] == 0
        mask[i] = not mask[i]


x = np.arange(8)
mask = (np.arange(8) % 2) == 0
out = np.zeros(8, dtype=np.bool_)
logic[1, 8](x, mask, out)
print(out)
print(mask)
