# @vectorize(['float32(float32, float32)'], target='cuda') over host arrays: 1-D, 2-D,
# scalars broadcast, out= a host array.
# Numba 0.56's simulator cannot build @vectorize(target='cuda') (its FakeOverload has no
# .signature), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.
import numpy as np
from numba import config, vectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@vectorize(['float32(float32, float32)'], target=TARGET)
def add(a, b):
    return a + b


@vectorize(['float32(float32, float32)'], target=TARGET)
def fma3(a, b):
    return a * b + np.float32(3.0)


x = np.arange(10, dtype=np.float32)
y = np.linspace(0, 1, 10).astype(np.float32)
r = add(x, y)
print(type(r).__name__, r.dtype, r.shape)
print(r)
m = np.arange(12, dtype=np.float32).reshape(3, 4)
r2 = fma3(m, m)
print(r2.shape, r2.dtype)
print(r2)
print(add(x, np.float32(0.5)))
print(add(m, np.float32(-1)))
o = np.zeros(10, dtype=np.float32)
r3 = add(x, x, out=o)
print(o, r3.dtype)
