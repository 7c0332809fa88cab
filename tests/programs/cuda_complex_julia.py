# outcmp: exact
# A Julia set: the complex constant c is a kernel argument (a Python complex),
# the escape loop a device function on complex128; also complex64 arrays.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def escape(z, c, max_iter):
    n = 0
    while n < max_iter and abs(z) <= 2.0:
        z = z * z + c
        n += 1
    return n


@cuda.jit
def julia(c, zs, out, max_iter):
    i, j = cuda.grid(2)
    if i < zs.shape[0] and j < zs.shape[1]:
        out[i, j] = escape(zs[i, j], c, max_iter)


@cuda.jit
def scale64(zs, f):
    i = cuda.grid(1)
    if i < zs.size:
        zs[i] = zs[i] * f - zs[i].conjugate()


re = np.linspace(-1.5, 1.5, 40)
im = np.linspace(-1.0, 1.0, 24)
zs = re[np.newaxis, :] + 1j * im[:, np.newaxis]
out = np.zeros(zs.shape, dtype=np.int32)
julia[(3, 5), (8, 8)](-0.8 + 0.156j, zs, out, 200)
print(out.sum(), out.max())
for r in range(0, 24, 3):
    print("".join("#" if v >= 200 else ("+" if v > 8 else ".") for v in out[r]))

z64 = (np.arange(6) + 1j * np.arange(6, 0, -1)).astype(np.complex64)
d = cuda.to_device(z64)
scale64[1, 8](d, np.complex64(0.5 + 0.5j))
print(d.copy_to_host())
