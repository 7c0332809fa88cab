# Grid-stride loops launched with grids smaller than the data (several sweeps a thread), with
# sizes that leave the last sweep partial, a `continue` in the body, a per-iteration local, a
# read of other elements of an array the loop does not write, and a 2-D launch of the 1-D loop.
# streak runs these as sweeps with a barrier each on CPU OpenCL devices: the results must not
# change.
import numpy as np
from numba import cuda


@cuda.jit
def saxpy(a, x, y, out):
    start = cuda.grid(1)
    stride = cuda.gridsize(1)
    for i in range(start, x.shape[0], stride):
        out[i] = a * x[i] + y[i]


@cuda.jit
def smooth(x, out):
    n = x.shape[0]
    for i in range(cuda.grid(1), n, cuda.gridsize(1)):
        if i == 0 or i == n - 1:
            out[i] = x[i]
            continue
        s = x[i - 1] + x[i] + x[i + 1]
        out[i] = s / 3.0


@cuda.jit
def clamp_count(x, lo, hi, out):
    for i in range(cuda.grid(1), x.size, cuda.gridsize(1)):
        v = x[i]
        c = 0
        while v > hi:
            v -= hi - lo
            c += 1
        out[i] = c


for n in [1, 5, 97, 1000]:
    x = np.arange(n, dtype=np.float32) * np.float32(0.5)
    y = np.ones(n, dtype=np.float32)
    o = np.zeros(n, dtype=np.float32)
    saxpy[3, 8](np.float32(2.0), x, y, o)
    print(n, o[:4], o[-3:], o.sum())
xd = np.sin(np.arange(50, dtype=np.float64))
od = np.zeros(50)
smooth[2, 4](xd, od)
print(np.round(od, 10))
d_x = cuda.to_device(xd)
d_o = cuda.device_array(50)
smooth[1, 1](d_x, d_o)
print(np.array_equal(d_o.copy_to_host(), od))
cnt = np.zeros(40, dtype=np.int64)
clamp_count[(2, 2), (4, 2)](np.arange(40, dtype=np.float64), 1.0, 7.0, cnt)
print(cnt)
