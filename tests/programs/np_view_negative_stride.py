# outcmp: exact
import numpy as np
a = np.arange(8)
r = a[::-1]
print(r, r.strides)
r[0] = 99
print(a)
r2 = a[6:1:-2]
print(r2, r2.strides)
r2[:] = [-1, -2, -3]
print(a)
print(a[::-1][::-1], a[::-1][1:3])
m = np.arange(12).reshape(3, 4)
mr = m[::-1, ::-1]
print(mr)
print(mr.strides, mr.shape)
mr[0, 0] = 1000
print(m)
print(m[::-2, 1::2])
print(m[:, ::-1].sum(axis=1), m[::-1].cumsum())
print((m[::-1] + m).tolist())
print(np.arange(5)[::-1] * np.arange(5))
f = np.arange(6.0)[::-1]
print(f.sum(), f.max(), f.argmax(), f.argmin())
print(f.copy().strides, f.reshape(2, 3), f.reshape(2, 3).base is None)
