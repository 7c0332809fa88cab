# outcmp: exact
import numpy as np
a = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
print(a.strides)
print(a.T.strides, a.T.shape)
print(a[:, ::2, :].strides, a[:, ::2, :].shape)
print(a[::-1].strides, a[:, :, ::-1].strides)
print(a[1].strides, a[:, 1].strides, a[..., 1].strides)
b = np.arange(10, dtype=np.float64)
print(b.strides, b[::2].strides, b[::-3].strides, b[3:4].strides)
c = np.zeros((4, 5), dtype=np.complex64)
print(c.strides, c.T.strides, c[1::2, ::3].strides)
print(c.real.strides, c.imag.strides, c.real.dtype)
for dt in (np.int8, np.int16, np.float32, np.complex128, np.bool_):
    x = np.zeros((3, 4), dtype=dt)
    print(dt.__name__, x.strides, x[:, 1:].strides, x.T.strides)
print(a.flags['C_CONTIGUOUS'], a.T.flags['C_CONTIGUOUS'], a.T.flags['F_CONTIGUOUS'])
print(a[:, ::2].flags['C_CONTIGUOUS'], a[1].flags['C_CONTIGUOUS'], b[::2].flags['C_CONTIGUOUS'])
print(np.array(5).strides, np.ones((1, 3)).strides)
