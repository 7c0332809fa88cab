# The chapter's mandelbrot at a small size, interpreted, saved with imsave.
import numpy as np
import matplotlib.pyplot as plt

def mandel(x, y, max_iters):
    c = complex(x, y)
    z = 0.0j
    for i in range(max_iters):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) >= 4:
            return i
    return max_iters

def create_fractal(min_x, max_x, min_y, max_y, image, iters):
    height = image.shape[0]
    width = image.shape[1]
    pixel_size_x = (max_x - min_x) / width
    pixel_size_y = (max_y - min_y) / height
    for x in range(width):
        real = min_x + x * pixel_size_x
        for y in range(height):
            imag = min_y + y * pixel_size_y
            image[y, x] = mandel(real, imag, iters)
    return image

image = np.zeros((24, 36), dtype=np.uint8)
create_fractal(-2.0, 1.0, -1.0, 1.0, image, 20)
print(sum(sum(row) for row in image.tolist()))
plt.imsave('/tmp/streak_plt_mandelbrot_small.png', image, cmap='hot')
plt.imsave('/tmp/streak_plt_mandelbrot_small_v.png', image, cmap='viridis', vmin=0, vmax=20)
print('saved')
