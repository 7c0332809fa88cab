# outcmp: exact
import numpy as np
img = (np.arange(64, dtype=np.uint8).reshape(8, 8) * 4)
print(img)
inv = 255 - img
print(inv.dtype, inv[0], inv[-1])
bright = np.clip(img.astype(np.int16) + 60, 0, 255).astype(np.uint8)
print(bright[-2:])
wrap = img + np.uint8(60)
print(wrap[-2:])
thr = (img > 127).astype(np.uint8) * 255
print(thr)
flip = img[::-1, ::-1]
print(flip[0], img[:, ::-1][0], img.T[0])
small = img[::2, ::2]
print(small, small.mean(), small.sum(), small.sum(dtype=np.uint8))
blur = (img[:-1, :-1].astype(np.uint16) + img[1:, :-1] + img[:-1, 1:] + img[1:, 1:]) // 4
print(blur.dtype, blur[0], blur[-1])
hist = np.bincount(img.ravel() // 32, minlength=8)
print(hist)
