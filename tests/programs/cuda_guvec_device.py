# @guvectorize(target='cuda') over device arrays: the result stays on the device (copied back
# here to print) and feeds the next call; device and host operands mixed; a non-contiguous
# host operand; out= a host array with a device input.
# Numba 0.56's simulator cannot call @guvectorize(target='cuda') (numba.cuda.is_cuda_array is
# missing there), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.

import numpy as np
from numba import config, cuda, guvectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@guvectorize(['void(float32[:], float32[:], float32[:])'], '(n),(n)->(n)', target=TARGET)
def axpy2(x, y, out):
    for i in range(x.shape[0]):
        out[i] = 2 * x[i] + y[i]


@guvectorize(['void(float32[:], float32[:])'], '(n)->(n)', target=TARGET)
def cumsum(x, out):
    acc = np.float32(0)
    for i in range(x.shape[0]):
        acc += x[i]
        out[i] = acc


def host(a):
    return a.copy_to_host() if hasattr(a, 'copy_to_host') else a


x = np.arange(12, dtype=np.float32).reshape(3, 4)
dx = cuda.to_device(x)
dy = cuda.to_device(np.ones((3, 4), dtype=np.float32))
r = axpy2(dx, dy)
print(host(r))
c = cumsum(r)
print(host(c))
print(host(cumsum(axpy2(dx, x))))
print(host(axpy2(dx, np.full(4, 0.5, dtype=np.float32))))
cols = np.arange(20, dtype=np.float32).reshape(4, 5)[:, 1:]
print(cumsum(cols))
o = np.zeros((3, 4), dtype=np.float32)
res = cumsum(dx, out=o)
print(o)
print(host(cumsum(cuda.to_device(np.arange(6, dtype=np.float32)))))
