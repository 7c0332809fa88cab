# outcmp: exact
import numba
import numpy as np


@numba.njit
def mandelbrot_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


@numba.njit(parallel=True)
def mandelbrot_set(xmin, xmax, ymin, ymax, width, height, max_iter):
    result = np.empty((height, width), dtype=np.int32)
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    for j in numba.prange(height):
        for i in range(width):
            c = complex(xmin + i*dx, ymin + j*dy)
            result[j, i] = mandelbrot_pixel(c, max_iter)
    return result


img = mandelbrot_set(-2.0, 1.0, -1.0, 1.0, 60, 40, 50)
print(img.shape, img.dtype, img.sum(), img.max(), img.min())
for row in img[::4]:
    print(''.join(' .:-=+*#%@'[min(v, 49) // 5] for v in row))
print(img[20, :20])
print(mandelbrot_pixel(0j, 100), mandelbrot_pixel(1 + 1j, 100), mandelbrot_pixel(-0.75 + 0.1j, 100))
big = mandelbrot_set(-2.0, 1.0, -1.5, 1.5, 100, 100, 256)
print(big.sum(), np.bincount(big.ravel())[:8])
