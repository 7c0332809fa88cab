# outcmp: exact
import numpy as np
c = np.array([1 + 2j, 3 - 4j, -5j])
r = c.real
i = c.imag
print(r, i, r.dtype, i.dtype, r.strides, c.strides)
r[0] = 10
i[2] = 7
print(c)
c.real = np.array([0.5, 0.5, 0.5])
c.imag += 1
print(c)
c.real[::2] = -1
print(c, c.real.base is c, np.real(c), np.imag(c))
f = np.array([1.5, 2.5])
print(f.real, f.imag, f.real is f, np.real(f), np.imag(f))
f.real[0] = 9
print(f)
print(np.array([1, 2]).imag, np.array([1, 2]).real.dtype, np.array([1j], dtype=np.complex64).imag.dtype)
m = np.arange(6).reshape(2, 3) * (1 + 1j)
print(m.real, m.imag.T, m.real.sum(), m.imag.max(axis=1))
