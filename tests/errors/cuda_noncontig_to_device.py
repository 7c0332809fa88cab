# cuda.to_device of a transposed slice (neither C- nor F-contiguous).
import numpy as np
from numba import cuda

m = np.arange(24.0).reshape(4, 6)
d = cuda.to_device(m.T)
print(d.shape)
d2 = cuda.to_device(m[:, 1:4])
