# 3x3 box blur on float32 with clamped borders; compared with a NumPy version.
import numpy as np
from numba import cuda


@cuda.jit
def blur(img, out):
    y, x = cuda.grid(2)
    h, w = img.shape
    if y < h and x < w:
        acc = np.float32(0.0)
        for dy in range(-1, 2):
            for dx in range(-1, 2):
                yy = min(max(y + dy, 0), h - 1)
                xx = min(max(x + dx, 0), w - 1)
                acc += img[yy, xx]
        out[y, x] = acc / np.float32(9.0)


img = ((np.arange(80).reshape(8, 10) * 13) % 17).astype(np.float32)
out = np.zeros_like(img)
blur[(1, 2), (8, 8)](img, out)
p = np.zeros((10, 12), dtype=np.float32)
p[1:-1, 1:-1] = img
p[0, 1:-1] = img[0]
p[-1, 1:-1] = img[-1]
p[:, 0] = p[:, 1]
p[:, -1] = p[:, -2]
ref = np.zeros_like(img)
for dy in range(3):
    for dx in range(3):
        ref += p[dy:dy + 8, dx:dx + 10]
ref /= np.float32(9.0)
print(out[:2])
print(np.allclose(out, ref), out.dtype)
