# outcmp: exact
import numpy as np
base = np.arange(24)
v1 = base.reshape(4, 6)
v2 = v1[1:, ::2]
v3 = v2.T
v4 = v3[::-1, 1:]
print(v4, v4.shape, v4.strides)
v4[0, 0] = -100
v4[:, -1] = 0
print(base)
print(v1)
v3 += 1000
print(v1)
print(v2.base is base, v4.base is base, v1.flags['C_CONTIGUOUS'], v4.flags['C_CONTIGUOUS'])
x = np.zeros((3, 3))
d = x.reshape(-1)[::4]
d[:] = [1, 2, 3]
print(x)
y = np.arange(10)
y[2:8][::-2][1:] = 99
print(y)
