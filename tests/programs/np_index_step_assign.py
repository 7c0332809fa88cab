# outcmp: exact
import numpy as np
a = np.zeros(12, dtype=int)
a[::-1] = np.arange(12)
print(a)
a[10:2:-3] = [-1, -2, -3]
print(a)
a[-1::-4] += 100
print(a)
m = np.zeros((5, 5), dtype=int)
m[::-2, ::2] = 1
m[1::2, ::-2] = 2
print(m)
m[::-1, ::-1] = np.arange(25).reshape(5, 5)
print(m)
m[1:4, 1:4] = m[1:4, 1:4][::-1, ::-1].copy()
print(m)
b = np.arange(10)
b[1:] = b[:-1].copy()
print(b)
c = np.arange(10)
c[::2], c[1::2] = c[1::2].copy(), c[::2].copy()
print(c)
