# @guvectorize([...], '(n),()->(n)', target='cuda') over host arrays: 1-D (no loop dimension),
# 2-D and 3-D inputs (loop dimensions flattened), a scalar broadcast over the loop, Python and
# NumPy scalars, out= a host array (positional and keyword), several signatures.
# Numba 0.56's simulator cannot call @guvectorize(target='cuda') (numba.cuda.is_cuda_array is
# missing there), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.

import numpy as np
from numba import config, guvectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@guvectorize(['void(float32[:], float32, float32[:])', 'void(float64[:], float64, float64[:])'], '(n),()->(n)',
             target=TARGET)
def scale(x, a, out):
    for i in range(x.shape[0]):
        out[i] = x[i] * a


@guvectorize(['void(int64[:], int64, int64[:])'], '(n),()->(n)', target=TARGET)
def shift_mod(x, k, out):
    n = x.shape[0]
    for i in range(n):
        out[i] = x[(i + k) % n] * 10 + i


v = np.arange(5, dtype=np.float32)
r = scale(v, np.float32(1.5))
print(type(r).__name__, r.dtype, r.shape)
print(r)
m = np.arange(12, dtype=np.float32).reshape(3, 4)
print(scale(m, np.float32(-2.0)))
t = np.linspace(0, 1, 24).reshape(2, 3, 4)
r = scale(t, 4.0)
print(r.dtype, r.shape)
print(r)
# the scalar per loop index: a 1-D array over the loop dimension
print(scale(m, np.array([1, 10, 100], dtype=np.float32)))
o = np.zeros((3, 4), dtype=np.float32)
res = scale(m, np.float32(0.5), o)
print(res is o, o.sum())
o2 = np.empty((3, 4), dtype=np.float32)
scale(m, np.float32(3.0), out=o2)
print(o2)
x = np.arange(6, dtype=np.int64)
print(shift_mod(x, 2))
print(shift_mod(x.reshape(2, 3), np.array([0, 1], dtype=np.int64)))
