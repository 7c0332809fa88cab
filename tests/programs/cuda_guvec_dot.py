# Reductions over a core dimension: '(n),(n)->()' and '(n)->()' with target='cuda'. The result
# of a gufunc without loop dimensions is 0-d; a 1-D operand is pinned (read by every loop index)
# against a 2-D one; the signature is picked by the inputs' exact dtypes.
# Numba 0.56's simulator cannot call @guvectorize(target='cuda') (numba.cuda.is_cuda_array is
# missing there), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.

import numpy as np
from numba import config, guvectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@guvectorize(['void(float32[:], float32[:], float32[:])', 'void(float64[:], float64[:], float64[:])',
              'void(int32[:], int32[:], int32[:])'], '(n),(n)->()', target=TARGET)
def dot(a, b, out):
    s = a[0] * b[0]
    for i in range(1, a.shape[0]):
        s += a[i] * b[i]
    out[0] = s


@guvectorize(['void(float64[:], float64[:])'], '(n)->()', target=TARGET)
def l2(a, out):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    out[0] = s ** 0.5


a = np.arange(12.0).reshape(4, 3)
b = np.array([1.0, -1.0, 0.5])
r = dot(a, b)
print(r.dtype, r.shape, r)
print(dot(a, a))
print(dot(b, a))
r0 = dot(b, b)
print(r0.shape, float(r0))
f = np.arange(8, dtype=np.float32).reshape(2, 4)
r = dot(f, f)
print(r.dtype, r)
i = np.arange(15, dtype=np.int32).reshape(5, 3)
r = dot(i, np.array([1, 2, 3], dtype=np.int32))
print(r.dtype, r)
print(l2(np.array([[3.0, 4.0], [5.0, 12.0], [8.0, 15.0]])))
print(np.round(l2(np.linspace(-1, 1, 30).reshape(2, 3, 5)), 10))
o = np.zeros(4)
dot(a, b, out=o)
print(o)
