# np.abs, np.absolute, np.angle, np.conj / z.conjugate() of complex128
# arrays inside @njit code (new arrays, element by element as Numba).
import numpy as np
from numba import njit


@njit
def parts(z):
    return np.abs(z), np.absolute(z), np.angle(z), np.conj(z), z.conjugate(), np.conjugate(z)


z = np.array([3 + 4j, -1.5 + 0.5j, 0j, -2 - 2j, 1e300 + 1e300j])
for part in parts(z):
    print(part)
m = (np.arange(6.0) - 2.5 + 1j * np.arange(6.0)[::-1]).reshape(2, 3)
for part in parts(m):
    print(part)
print(parts(m.T)[0], parts(z[::2])[3])
w = np.array([np.nan + 1j, np.inf - 2j])
print(parts(w)[:3])
