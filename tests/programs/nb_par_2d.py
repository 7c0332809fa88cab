# outcmp: exact
import numpy as np
import numba
from numba import njit, prange


@njit(parallel=True)
def blur(img):
    h, w = img.shape
    out = np.zeros_like(img)
    for y in prange(1, h - 1):
        for x in range(1, w - 1):
            out[y, x] = (img[y - 1, x] + img[y + 1, x] + img[y, x - 1] + img[y, x + 1]) / 4.0
    return out

img = np.arange(30.0).reshape(5, 6) % 7
print(blur(img))
big = np.ones((400, 300))
print(blur(big).sum())
