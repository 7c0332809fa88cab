# outcmp: exact
import numpy as np
i = np.zeros(6, dtype=np.int32)
i[0] = 2.99
i[1] = -2.99
i[2] = True
i[3] = np.float32(7.5)
i[4:6] = np.array([1.9, -1.9])
print(i)
u = np.zeros(4, dtype=np.uint8)
u[0] = 255
u[1:3] = np.array([256, 257])
u[3] = np.int64(513)
print(u)
f = np.zeros(3, dtype=np.float32)
f[0] = 0.1
f[1] = 1e40
f[2] = 2**24 + 1
print(f, f.tolist())
b = np.zeros(4, dtype=bool)
b[0] = 5
b[1] = 0.0
b[2:] = np.array([0.5, 0])
print(b)
c = np.zeros(2, dtype=complex)
c[0] = 3
c[1] = np.float32(0.5)
print(c)
try:
    f[0] = 1j
except TypeError as e:
    print("TypeError:", e)
i[::2] = np.array([1e3, -1e3, 0.5])
print(i, i.dtype)
