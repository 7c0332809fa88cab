# to_device / copy_to_host for several dtypes and shapes; host arrays are unchanged.
import numpy as np
from numba import cuda

for dt in (np.int8, np.uint8, np.int16, np.int32, np.int64, np.uint32, np.float32, np.float64, np.bool_):
    h = (np.arange(12) % 5).astype(dt).reshape(3, 4)
    d = cuda.to_device(h)
    back = d.copy_to_host()
    print(dt.__name__, d.shape, d.size, d.dtype, back.dtype, np.array_equal(back, h), back is h)
