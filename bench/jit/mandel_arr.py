# Mandelbrot, undecorated Python writing escape counts into a 2-D int32
# ndarray: n x n grid over [-2, 1] x [-1.5, 1.5], 256 iterations. The
# complex recurrence z = z*z + c is written on real and imaginary parts
# (complex numbers are not recorded by the tracing JIT yet).
import sys
import time
import numpy as np
def mandel(out, xmin, ymin, dx, dy, maxit):
    h, w = out.shape
    for j in range(h):
        ci = ymin + j * dy
        for i in range(w):
            cr = xmin + i * dx
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            out[j, i] = k
    return out
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
out = np.zeros((n, n), dtype=np.int32)
t0 = time.thread_time()
mandel(out, -2.0, -1.5, 3.0 / n, 3.0 / n, 256)
t1 = time.thread_time()
c1 = int(out.sum())
mandel(out, -2.0, -1.5, 3.0 / n, 3.0 / n, 256)  # warm
t2 = time.thread_time()
print("checksum", c1, int(out.sum()) == c1)
print("first_s", t1 - t0)
print("kernel_s", t2 - t1)
