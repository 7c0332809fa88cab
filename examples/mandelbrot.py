# The Mandelbrot set from the Numba chapter: a parallel @njit kernel over a
# 1000x1000 grid with 256 iterations. Prints a checksum and saves a picture.
import numba
import numpy as np
import matplotlib.pyplot as plt


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


image = mandelbrot_set(-2.0, 1.0, -1.5, 1.5, 1000, 1000, 256)
print("checksum:", int(image.sum()))
plt.imsave("mandelbrot.png", image, cmap="magma")
print("saved mandelbrot.png")
