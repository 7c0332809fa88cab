# @vectorize(target='cuda') with several signatures: the loop is picked by the arrays' exact
# dtypes; the chapter's clip_add as a CUDA ufunc; integer and mixed-type signatures.
# Numba 0.56's simulator cannot build @vectorize(target='cuda') (its FakeOverload has no
# .signature), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.
import math
import numpy as np
from numba import config, vectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@vectorize(['float64(float64, float64)'], target=TARGET)
def clip_add(x, y):
    result = x + y
    if result > 1.0:
        return 1.0
    elif result < -1.0:
        return -1.0
    return result


@vectorize(['int32(int32, int32)', 'int64(int64, int64)', 'float64(float64, float64)'], target=TARGET)
def absdiff(a, b):
    return a - b if a > b else b - a


@vectorize(['float32(float32)', 'float64(float64)'], target=TARGET)
def gauss(x):
    return math.exp(-x * x / 2) / math.sqrt(2 * math.pi)


x = np.linspace(-1.5, 1.5, 7)
print(clip_add(x, x * 0.5))
print(clip_add(x, 0.25))
a32 = np.array([5, -3, 10, 0], dtype=np.int32)
b32 = np.array([2, 4, -10, 0], dtype=np.int32)
r = absdiff(a32, b32)
print(r, r.dtype)
r = absdiff(a32.astype(np.int64), b32.astype(np.int64))
print(r, r.dtype)
r = absdiff(x, 0.5)
print(r, r.dtype)
g = gauss(np.linspace(-2, 2, 5))
print(np.round(g, 12), g.dtype)
g32 = gauss(np.linspace(-2, 2, 5).astype(np.float32))
print(g32.dtype, np.allclose(g32, g, rtol=1e-6))
