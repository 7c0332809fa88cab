# A scalar type in the signature where the layout gives the argument a core dimension.
import numpy as np
from numba import guvectorize


@guvectorize(['void(float32, float32[:])'], '(n)->(n)', target='cuda')
def f(x, out):
    for i in range(out.shape[0]):
        out[i] = x


print(f(np.arange(4, dtype=np.float32)))
