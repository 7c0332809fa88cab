# outcmp: exact
# Complex scalars as kernel arguments (Python complex, np.complex128,
# np.complex64), complex constants, mixing with int and float operands,
# and device functions returning complex values.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def affine(z, a, b):
    return a * z + b


@cuda.jit
def apply(zs, a, b, out):
    i = cuda.grid(1)
    if i < zs.size:
        w = affine(zs[i], a, b)
        w = w + 1
        w = w - 0.5j
        w = 2 * w
        w = w / (1 + 1j)
        out[i] = w


zs = np.array([1 + 2j, -3 + 0.5j, 0j, 2.5 - 1j])
out = np.zeros(4, dtype=np.complex128)
apply[1, 4](zs, 2 - 1j, 0.25 + 4j, out)
print(out)
apply[1, 4](zs, np.complex128(0.5j), np.complex64(1 - 1j), out)
print(out)
apply[1, 4](zs, 3, 1.5, out)
print(out)
