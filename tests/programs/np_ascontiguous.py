# np.ascontiguousarray and asarray(order='C') give C-contiguous arrays (copies only
# where needed); a stencil over the transposed copy.
import numpy as np
u = np.arange(20.0).reshape(4, 5) * 0.5
v = np.ascontiguousarray(u.T)
print(v.flags['C_CONTIGUOUS'], v.shape, v.strides)
print(v)
print(v.sum(), v[1:-1, 1:-1].sum())
w = v.copy()
for i in range(1, 4):
    for j in range(1, 3):
        w[i, j] = 0.25 * (v[i-1, j] + v[i+1, j] + v[i, j-1] + v[i, j+1])
print(w.sum(), w)
x = np.asarray(u.T)
print(x.flags['C_CONTIGUOUS'], x.strides, np.ascontiguousarray(u[:, ::2]).strides)
s = np.ascontiguousarray(5.0)
print(s, s.shape, np.ascontiguousarray([1, 2], dtype=np.float32), np.asarray(u.T, order='C').strides)
b = np.arange(6)
print(np.ascontiguousarray(b) is b, np.asarray(b, order='C') is b, np.ascontiguousarray(b[::2]).strides)
print(np.ascontiguousarray(u.T, dtype=np.int32))
