# outcmp: exact
import numpy as np
a = np.arange(12)
b = a.reshape(3, 4)
c = b.reshape(2, 2, 3)
print(b)
print(c)
c[1, 1, 2] = -1
print(a)
print(b.base is a, c.base is a)
print(a.reshape(-1, 6))
print(a.reshape(2, -1, 2).shape)
print(a.reshape((4, 3)))
t = b.T
tr = t.reshape(12)
tr[0] = 500
print(a[0], tr[:4])
s = b[:, 1:3]
sr = s.reshape(6)
print(sr)
r1 = a.reshape(12, 1)
print(r1.shape, r1[:3].ravel())
for shape in [(5, 3), (13,), (-1, 5), (-1, -1)]:
    try:
        a.reshape(shape)
    except ValueError as e:
        print("ValueError:", e)
print(np.reshape(a, (6, 2))[5], a.reshape(1, 1, 12).ndim)
print(np.arange(1).reshape(()).shape, repr(np.arange(1).reshape(())))
