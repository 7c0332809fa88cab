# outcmp: exact
import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...])
print(t[..., 1, :])
print(t[1, ..., 2], t[...].shape, t[..., :2].shape)
print(t[0, ..., 0], t[0, ..., 0].shape)
a = np.arange(4)
print(a[np.newaxis].shape, a[:, np.newaxis].shape, a[None, :, None].shape)
print(a[:, None])
print(a[None])
print(a[np.newaxis, ::-1])
print(t[:, None, :, 1].shape, t[None, ..., None].shape)
print(t[..., None].shape, t[1, None].shape, t[1, :, None, 2].shape)
print(np.newaxis is None)
m = np.arange(6).reshape(2, 3)
print(m[:, :, None] * np.array([1, 10]))
e = np.array(7)
print(e[...], repr(e[...]), e[()], type(e[()]).__name__, e[None].shape)
t[..., 0] = -1
print(t[1])
t[0, ...] = 0
print(t.sum())
try:
    t[..., ...]
except IndexError as ex:
    print("IndexError:", ex)
