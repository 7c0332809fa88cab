# outcmp: exact
# The tracing JIT on Python complex numbers: kept as (re, im) pairs in the
# trace, boxed back at exits. The chapter's mandelbrot (pixel function with
# an early return), the same writing into a 2-D array, mixed complex/real
# arithmetic with signed zeros, .real/.imag, abs, truth, and a type change
# mid-loop.
import numpy as np


def mandelbrot_pixel(c, max_iter):
    z = 0.0j
    for i in range(max_iter):
        z = z*z + c
        if abs(z) > 2.0:
            return i
    return max_iter


def mandelbrot_set(xmin, xmax, ymin, ymax, width, height, max_iter):
    result = [0] * (width * height)
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    for j in range(height):
        for i in range(width):
            c = complex(xmin + i*dx, ymin + j*dy)
            result[j * width + i] = mandelbrot_pixel(c, max_iter)
    return sum(result)


print(mandelbrot_set(-2.0, 1.0, -1.5, 1.5, 48, 40, 200))


def mandel2d(out, xmin, ymin, dx, dy, maxit):
    for j in range(out.shape[0]):
        for i in range(out.shape[1]):
            c = complex(xmin + i * dx, ymin + j * dy)
            z = 0j
            k = 0
            while k < maxit and abs(z) <= 2.0:
                z = z * z + c
                k += 1
            out[j, i] = k
    return out


img = mandel2d(np.zeros((24, 32), dtype=np.int64), -2.0, -1.25, 3.0 / 32, 2.5 / 24, 80)
print(img.sum(), img[12, :10])


def cx(n):
    z = 1 + 2j
    w = -0.0 + 0j
    acc = 0j
    t = 0
    for k in range(n):
        z = z * (0.5 - 0.25j) + k
        w = w - z * 2 + 1.5j
        acc = acc + z.real * w - w.imag
        if w:
            t += 1
        if k == 150:
            z = 3
    return z, w, acc, abs(acc), t


print(cx(200))
print(cx(100))


def zeros(n):
    a = -0.0 + -0.0j
    b = 0j
    for k in range(n):
        b = a * 1.0
        a = a - 0.0
    return a, b, b.real, b.imag


print(zeros(80))
