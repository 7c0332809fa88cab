# outcmp: exact
import numpy as np
w, h, maxit = 48, 20, 30
x = np.linspace(-2.0, 0.6, w)
y = np.linspace(-1.1, 1.1, h)
c = x[np.newaxis, :] + 1j * y[:, np.newaxis]
z = np.zeros_like(c)
count = np.zeros(c.shape, dtype=np.int32)
alive = np.ones(c.shape, dtype=bool)
for i in range(maxit):
    z[alive] = z[alive] * z[alive] + c[alive]
    esc = alive & ((z.real * z.real + z.imag * z.imag) > 4.0)
    count[esc] = i
    alive &= ~esc
count[alive] = maxit
chars = " .:-=+*#%@"
for row in count:
    print(''.join(chars[min(v, maxit) * (len(chars) - 1) // maxit] for v in row))
print(count.sum(), alive.sum(), count.dtype, count.max(), count.min())
print(np.bincount(count.ravel())[:10])
