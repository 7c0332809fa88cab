# @vectorize(target='cuda') over device arrays: results stay on the device (copied back
# here to print); chained calls; device and host operands mixed.
# Numba 0.56's simulator cannot build @vectorize(target='cuda') (its FakeOverload has no
# .signature), so the oracle, which runs with NUMBA_ENABLE_CUDASIM=1, computes the expected
# values with target='cpu'; streak (config.ENABLE_CUDASIM == 0) runs target='cuda' on OpenCL.
import numpy as np
from numba import config, cuda, vectorize

TARGET = 'cpu' if config.ENABLE_CUDASIM else 'cuda'


@vectorize(['float32(float32, float32)'], target=TARGET)
def mul(a, b):
    return a * b


@vectorize(['float32(float32, float32)'], target=TARGET)
def sub(a, b):
    return a - b


def host(a):
    return a.copy_to_host() if hasattr(a, 'copy_to_host') else a


x = np.arange(8, dtype=np.float32)
dx = cuda.to_device(x)
dy = cuda.to_device(np.full(8, 2.0, dtype=np.float32))
p = mul(dx, dy)
print(host(p))
q = sub(p, dx)
print(host(q), host(q).dtype)
z = mul(dx, x)
print(host(z))
m = cuda.to_device(np.arange(6, dtype=np.float32).reshape(2, 3))
print(host(mul(m, m)))
