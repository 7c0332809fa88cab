# .shape/.size/.ndim/.dtype of arrays inside kernels and of device arrays on the host.
import numpy as np
from numba import cuda


@cuda.jit
def info(a, out):
    if cuda.grid(1) == 0:
        out[0] = a.size
        out[1] = a.ndim
        out[2] = a.shape[0]
        out[3] = a.shape[1]
        out[4] = a.shape[2]
        out[5] = len(a)


for shape in ((2, 3, 4), (1, 5, 2)):
    a = np.zeros(shape, dtype=np.float32)
    d = cuda.to_device(a)
    out = np.zeros(6, dtype=np.int64)
    info[1, 1](d, out)
    print(out, d.shape, d.size, d.dtype, d.ndim, d.nbytes)
