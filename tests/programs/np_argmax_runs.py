# argmax/argmin of whole arrays by chunks (each chunk's max by the vector
# reduction, then the first element equal to the best): first occurrence
# on ties within and across chunks, the first NaN wherever it is, -0.0 and
# 0.0 as equals, every real dtype, lengths around the chunk size.
import numpy as np

def show(a):
    print(a.dtype, a.size, a.argmax(), a.argmin(), np.argmax(a), np.argmin(a))

base = (np.arange(3000) * 7919 % 1009).astype(np.float64)
show(base)
for dt in (np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, np.float32):
    show((base % 120).astype(dt))
t = np.zeros(2000)
t[700] = t[1500] = 5.0
t[100] = t[1999] = -5.0
show(t)
for pos in (0, 1, 511, 512, 513, 1023, 1999):
    x = base[:2000].copy()
    x[pos] = np.nan
    x[min(pos + 600, 1999)] = np.nan
    print(pos, x.argmax(), x.argmin())
z = np.array([-0.0, 0.0, -0.0] * 400)
print(z.argmax(), z.argmin(), np.array([0.0] * 600 + [-0.0]).argmin())
for n in (1, 7, 511, 512, 513, 1024, 1025):
    y = np.arange(n, dtype=np.float64) % 17
    print(n, y.argmax(), y.argmin(), (-y).argmax(), np.argmax(y[::-1]))
print(np.array([np.inf, -np.inf, 1.0]).argmax(), np.array([-np.inf] * 3).argmax(), np.array([np.inf] * 700).argmin())
m = (np.arange(60).reshape(6, 10) * 37 % 23).astype(float)
print(m.argmax(), m.argmax(axis=0), m.argmin(axis=1), m.T.argmax(), m[:, ::3].argmin())
print(np.array([True, False, True]).argmax(), np.array([1 + 1j, 2 + 0j, 2 - 1j]).argmax())
