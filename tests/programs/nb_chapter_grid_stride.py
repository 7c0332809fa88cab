# outcmp: exact
import numpy as np
from numba import cuda


@cuda.jit(device=True)
def process(v):
    return v * v + 1.0


@cuda.jit
def kernel(arr, out):
    idx = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(idx, arr.size, stride):
        out[i] = process(arr[i])


n = 1000
arr = np.arange(n, dtype=np.float64) / 10
out = np.zeros(n)
kernel[4, 32](arr, out)
print(out[:6], out[-3:], out.sum())
print(np.array_equal(out, arr * arr + 1.0))
out2 = np.zeros(n)
kernel[1, 16](arr, out2)
print(np.array_equal(out, out2))
d = cuda.to_device(arr)
dout = cuda.device_array(n)
kernel[2, 64](d, dout)
print(dout.copy_to_host()[:4], cuda.is_available())
