# outcmp: exact
# Device arrays: to_device / device_array(_like) / copy_to_host into new and given arrays,
# copy_to_device, slicing views, element get/set, shape/size/dtype.
import numpy as np
from numba import cuda


@cuda.jit
def scale(a, f):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = a[i] * f


h = np.arange(12, dtype=np.float32)
d = cuda.to_device(h)
print(d.shape, d.size, d.dtype, d.ndim, len(d))
scale[1, 32](d, np.float32(3.0))
back = d.copy_to_host()
print(back, back.dtype)
dest = np.zeros(12, dtype=np.float32)
r = d.copy_to_host(dest)
print(dest[:4], r is dest)

d.copy_to_device(np.ones(12, dtype=np.float32))
print(d.copy_to_host()[:3])

e = cuda.device_array((3, 4), dtype=np.int32)
print(e.shape, e.dtype, e.size)
e.copy_to_device(np.arange(12, dtype=np.int32).reshape(3, 4))
print(e.copy_to_host())
row = e[1]
print(row.shape, row.copy_to_host())
col = e[:, 2]
print(col.shape, col.copy_to_host())
print(e[2, 3], e[-1, 0])
e[0, 0] = 99
e[2] = np.array([7, 7, 7, 7], dtype=np.int32)
print(e.copy_to_host())

s = cuda.to_device(np.arange(10, dtype=np.float64))
v = s[2:8]
scale[1, 8](v, 10.0)
print(s.copy_to_host())
w = s[::3]
print(w.shape, w.copy_to_host())

like = cuda.device_array_like(np.zeros((2, 5), dtype=np.int64))
print(like.shape, like.dtype)
dd = cuda.device_array_like(d)
dd.copy_to_device(d)
print(dd.copy_to_host()[:5])
