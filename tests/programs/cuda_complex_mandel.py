# outcmp: exact
# The chapter's mandelbrot pixel function on complex numbers, as a device
# function called from a 2-D kernel (z = 0.0j; z = z*z + c; abs(z) > 2.0).
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def mandel_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return max_iter


@cuda.jit
def mandel(xmin, xmax, ymin, ymax, max_iter, out):
    j, i = cuda.grid(2)
    h, w = out.shape
    if j < h and i < w:
        x = xmin + i * (xmax - xmin) / w
        y = ymin + j * (ymax - ymin) / h
        out[j, i] = mandel_pixel(complex(x, y), max_iter)


h, w = 120, 180
out = np.zeros((h, w), dtype=np.int32)
mandel[((h + 15) // 16, (w + 15) // 16), (16, 16)](-2.0, 1.0, -1.0, 1.0, 256, out)
print(out.sum(), out.max(), out.min())
print(out[60, 80:100])
for r in range(0, h, 12):
    print("".join("#" if v == 256 else ("+" if v > 10 else ".") for v in out[r, ::4]))


# The same with the pixel's complex coordinate read from a complex array.
@cuda.jit
def mandel_grid(cs, max_iter, out):
    j, i = cuda.grid(2)
    if j < cs.shape[0] and i < cs.shape[1]:
        out[j, i] = mandel_pixel(cs[j, i], max_iter)


xs = np.linspace(-2.0, 1.0, 48)
ys = np.linspace(-1.0, 1.0, 32)
cs = xs[np.newaxis, :] + 1j * ys[:, np.newaxis]
out2 = np.zeros(cs.shape, dtype=np.int64)
mandel_grid[(4, 6), (8, 8)](cs, 100, out2)
print(out2.sum(), out2[16, 20:30])
