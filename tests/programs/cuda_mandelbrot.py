# outcmp: exact
# The chapter's mandelbrot written as a 2-D kernel with a device function.
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def escape(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


@cuda.jit
def mandel(xmin, xmax, ymin, ymax, max_iter, out):
    j, i = cuda.grid(2)
    h, w = out.shape
    if j < h and i < w:
        dx = (xmax - xmin) / w
        dy = (ymax - ymin) / h
        out[j, i] = escape(xmin + i * dx, ymin + j * dy, max_iter)


h, w = 60, 90
out = np.zeros((h, w), dtype=np.int32)
mandel[((h + 15) // 16, (w + 15) // 16), (16, 16)](-2.0, 1.0, -1.0, 1.0, 100, out)
print(out.sum(), out.max(), out.min())
print(out[30, 40:50])
for r in range(0, h, 6):
    print("".join("#" if v == 100 else ("+" if v > 10 else ".") for v in out[r, ::3]))
