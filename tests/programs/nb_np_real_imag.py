# z.real and z.imag of complex arrays inside @njit code: float views of
# the parts (writes go through, slices of them are views too), as Numba.
import numpy as np
from numba import njit


@njit
def parts(z):
    return z.real, z.imag


@njit
def scale_imag(z, k):
    im = z.imag
    im *= k  # writes into z
    re = z.real
    re[0] = -1.0
    return z


@njit
def sliced(z):
    r = z.real[::2]
    r[:] = 0.0
    return z.imag[1:].sum(), z


@njit
def through_loop(z):
    s = 0.0
    for i in range(z.shape[0]):
        s += z.real[i] * z.imag[i]
    return s


z = np.array([1 + 2j, 3 - 4j, -5 + 0.5j, 0.25 - 1j])
print(parts(z))
print(parts(z.reshape(2, 2)), parts(z[::-1]))
print(scale_imag(z.copy(), 2.0))
print(sliced(z.copy()))
print(through_loop(z))
w = np.arange(6).reshape(2, 3) * (1 + 1j)
print(parts(w.T)[1], parts(w.astype(np.complex64)))
