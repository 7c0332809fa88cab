# copy_to_device into whole arrays and slices; device-to-device copies.
import numpy as np
from numba import cuda

d = cuda.to_device(np.zeros(10))
d.copy_to_device(np.arange(10.0))
print(d.copy_to_host())
d[2:5].copy_to_device(np.array([-1.0, -2.0, -3.0]))
print(d.copy_to_host())
e = cuda.device_array(10)
e.copy_to_device(d)
print(e.copy_to_host())
m = cuda.to_device(np.zeros((3, 4), dtype=np.int32))
m[1].copy_to_device(np.array([1, 2, 3, 4], dtype=np.int32))
m[2, 1:3] = 9
print(m.copy_to_host())
