# Complex arrays in kernels: complex128 and complex64 element loads/stores,
# augmented assignment, device arrays of complex numbers, abs into a float array.
import numpy as np
from numba import cuda


@cuda.jit
def rotate(z, w, mag):
    i = cuda.grid(1)
    if i < z.size:
        z[i] *= w
        z[i] += 1
        mag[i] = abs(z[i])


@cuda.jit
def conj_prod(a, b, out):
    i, j = cuda.grid(2)
    if i < out.shape[0] and j < out.shape[1]:
        out[i, j] = a[i, j] * b[i, j].conjugate()


z = np.array([1 + 1j, 2 - 3j, -0.5 + 0.25j, 4j, 3.0, -1 - 1j])
mag = np.zeros(z.size)
rotate[1, 8](z, 1j, mag)
print(z)
print(mag)

a = (np.arange(12).reshape(3, 4) + 1j * np.arange(12, 0, -1).reshape(3, 4)).astype(np.complex64)
b = (np.ones((3, 4)) * (0.5 - 2j)).astype(np.complex64)
da = cuda.to_device(a)
db = cuda.to_device(b)
dout = cuda.device_array((3, 4), dtype=np.complex64)
conj_prod[(1, 1), (4, 4)](da, db, dout)
out = dout.copy_to_host()
print(out.dtype, out.shape)
print(out)
print(np.array_equal(out, a * b.conjugate()))
