# Mandelbrot escape counts as a 2-D kernel with a device function (small grid).
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def escape(cr, ci, maxit):
    zr = 0.0
    zi = 0.0
    for n in range(maxit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return maxit


@cuda.jit
def mandel(img, x0, y0, dx, dy, maxit):
    j, i = cuda.grid(2)
    if i < img.shape[0] and j < img.shape[1]:
        img[i, j] = escape(x0 + j * dx, y0 + i * dy, maxit)


img = np.zeros((12, 24), dtype=np.int32)
mandel[(3, 3), (8, 4)](img, -2.0, -1.2, 3.0 / 24, 2.4 / 12, 30)
chars = ' .:-=+*#%@'
for row in img:
    print(''.join(chars[min(v // 3, 9)] for v in row))
print(img.sum())
