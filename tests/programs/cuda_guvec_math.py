# target='cuda' gufunc cores using math functions, branches, local temporaries and early exits:
# normalise rows, a running maximum, clip into a range given per loop index, a boolean output.
# Numba 0.56's simulator cannot call @guvectorize(target='cuda') (numba.cuda.is_cuda_array is
# missing there), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.

import math
import numpy as np
from numba import config, guvectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@guvectorize(['void(float64[:], float64[:])'], '(n)->(n)', target=TARGET)
def normalise(x, out):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] * x[i]
    s = math.sqrt(s)
    for i in range(x.shape[0]):
        out[i] = x[i] / s if s > 0 else 0.0


@guvectorize(['void(float64[:], float64, float64, float64[:])'], '(n),(),()->(n)', target=TARGET)
def clip(x, lo, hi, out):
    for i in range(x.shape[0]):
        v = x[i]
        if v < lo:
            v = lo
        elif v > hi:
            v = hi
        out[i] = v


@guvectorize(['void(int32[:], int32[:])'], '(n)->(n)', target=TARGET)
def runmax(x, out):
    m = x[0]
    for i in range(x.shape[0]):
        m = max(m, x[i])
        out[i] = m


@guvectorize(['void(float64[:], boolean[:])'], '(n)->()', target=TARGET)
def has_neg(x, out):
    out[0] = False
    for i in range(x.shape[0]):
        if x[i] < 0:
            out[0] = True
            return


rows = np.array([[3.0, 4.0, 0.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
print(np.round(normalise(rows), 12))
w = np.linspace(-3, 3, 12).reshape(3, 4)
print(clip(w, -1.0, 2.0))
print(clip(w, np.array([-2.0, 0.0, 1.0]), np.array([0.0, 1.0, 5.0])))
seq = (np.arange(20, dtype=np.int32) * 37 % 23).reshape(2, 10)
print(runmax(seq))
r = has_neg(w)
print(r.dtype, r)
print(has_neg(np.abs(w)))
