# outcmp: exact
import numpy as np
a = np.arange(10) * 10
print(a[0], a[3], a[-1], a[-10], type(a[0]).__name__)
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[-2::-3])
print(a[3:3], a[8:2], a[100:], a[-100:2], a[5:100:2])
m = np.arange(12).reshape(3, 4)
print(m[0], m[-1], m[1, 2], m[-1, -1], m[2][3])
print(m[:, 0], m[:, -1], m[1:, 1:], m[0, ::2], m[::2, 0])
print(m[1:2], m[1:2].shape, m[1].shape, m[:, 1:2].shape)
t = np.arange(24).reshape(2, 3, 4)
print(t[1], t[1, 2], t[1, 2, 3], t[-1, -1, -1])
print(t[:, 1, :], t[0, :, 2], t[:, :, 0])
print(repr(t[0, 0, 0]), repr(m[1, 1]), repr(np.arange(3.0)[1]))
x = np.arange(5)
i = np.int64(2)
print(x[i], x[np.int8(-1)], x[np.uint8(1)])
print(m[1][::-1], m[::-1][0], m[-2:, -2:])
print(len(m), len(t), len(t[0]), len(m[0]))
for row in m:
    print(row, row.sum())
for v in np.arange(3.0):
    print(repr(v))
