# outcmp: exact
import numpy as np
a = np.arange(6).reshape(2, 3)
t = a.T
print(t)
print(t.shape, t.strides, t.base is a)
t[0, 1] = 100
print(a)
a[1, 2] = -5
print(t)
print(np.transpose(a))
print(a.transpose().shape)
b = np.arange(24).reshape(2, 3, 4)
bt = b.T
print(bt.shape, bt.strides)
print(bt[3, 2, 1], b[1, 2, 3])
print(b.transpose(1, 0, 2).shape, b.transpose(1, 0, 2).strides)
print(b.transpose(1, 0, 2)[2])
print(np.transpose(b, (2, 0, 1)).shape)
v = np.arange(4)
print(v.T is v, v.T.shape, (v.T == v).all())
c = t.copy()
c[0, 0] = 55
print(a[0, 0], c[0, 0], c.strides)
print(a.T @ a)
print((a.T + 1).strides, a.T.ravel())
