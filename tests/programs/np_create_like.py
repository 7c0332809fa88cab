# outcmp: exact
import numpy as np
a = np.arange(6, dtype=np.int16).reshape(2, 3)
b = np.array([[1.5, 2.5], [3.5, 4.5]])
for x in (a, b):
    print(repr(np.zeros_like(x)))
    print(repr(np.ones_like(x)))
    print(repr(np.full_like(x, 7)))
    e = np.empty_like(x)
    e.fill(3)
    print(repr(e), e.shape, e.dtype)
print(repr(np.full_like(a, 2.9)))
print(repr(np.full_like(b, 2.9)))
print(repr(np.zeros_like(a, dtype=np.float32)))
print(repr(np.ones_like(b, dtype=int)))
c = np.array([1 + 1j, 2])
print(repr(np.zeros_like(c)), repr(np.ones_like(np.array([True, False]))))
t = a.T
z = np.zeros_like(t)
print(z.shape, z.strides, t.strides)
print(repr(np.zeros_like(np.float64(3.0))), repr(np.ones_like(np.array(5))))
