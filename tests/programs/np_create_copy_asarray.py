# outcmp: exact
import numpy as np
a = np.arange(5)
b = np.asarray(a)
c = np.array(a)
d = np.copy(a)
e = a.copy()
print(b is a, c is a, d is a, e is a)
a[0] = 100
print(a, b, c, d, e)
f = np.asarray([1, 2, 3], dtype=np.float32)
print(repr(f))
g = np.asarray(f, dtype=np.float64)
g[0] = 9
print(repr(f), repr(g))
h = np.asarray(f)
h[1] = -1
print(repr(f), h is f)
m = np.arange(6).reshape(2, 3)
mt = m.T.copy()
print(mt.strides, m.T.strides, mt.flags['C_CONTIGUOUS'], m.T.flags['C_CONTIGUOUS'])
s = m[:, 1]
sc = s.copy()
sc[0] = 77
print(m, sc)
print(np.copy(m[::-1]), np.copy(m[::-1]).strides)
print(repr(np.array(m, dtype=np.int8)), repr(np.asarray(3.5)))
