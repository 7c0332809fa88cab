# outcmp: exact
# SAXPY in float32 with a grid-stride loop; host arrays copied in and back by the launch.
import numpy as np
from numba import cuda


@cuda.jit
def saxpy(a, x, y, out):
    start = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(start, x.shape[0], stride):
        out[i] = a * x[i] + y[i]


n = 100003
x = (np.arange(n) % 1000).astype(np.float32) / np.float32(7)
y = np.ones(n, dtype=np.float32)
out = np.empty_like(x)
a = np.float32(2.5)
saxpy[64, 128](a, x, y, out)
ref = a * x + y
print(out[:5])
print(out[-3:], out.dtype)
print(np.array_equal(out, ref))
d_out = cuda.device_array_like(x)
saxpy[7, 33](a, cuda.to_device(x), cuda.to_device(y), d_out)
print(np.array_equal(d_out.copy_to_host(), ref))
