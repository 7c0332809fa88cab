# outcmp: exact
import numpy as np
a = np.arange(10)
v = a[2:7]
print(v, v.base is a)
v[0] = 100
print(a)
v[:] = -1
print(a)
w = a[::3]
w *= 10
print(a, w)
b = np.arange(20).reshape(4, 5)
r = b[1]
r[:] = 0
print(b)
col = b[:, 2]
col += 1000
print(b)
sub = b[1:3, 1:4]
sub[...] = 7
print(b)
print(sub.base is b, b.base is None, a.base is None)
x = np.zeros(6)
y = x.reshape(2, 3)
y[1, 1] = 5.5
print(x, y.base is x)
z = x[1:5][::2]
z[1] = 9
print(x)
