# outcmp: exact
import numpy as np
a = np.arange(36).reshape(6, 6)
print(a[::2, ::2])
print(a[1::2, ::3])
print(a[::-2, 1:5:2])
print(a[5:0:-2, ::-1])
print(a[2:4])
print(a[:, -2:])
print(a[-1:-4:-1, 0])
a[::2, ::2] = 0
print(a)
a[1::2, 1::2] *= -1
print(a)
d = a[::5, ::5]
print(d, d.strides)
print(a[10:20], a[10:20].shape, a[:, 7:].shape)
print(a[::7].shape, a[::7])
