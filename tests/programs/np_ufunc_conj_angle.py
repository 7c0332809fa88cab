import numpy as np
c = np.array([1 + 1j, -1 + 1j, -1 - 1j, 1 - 1j, 2 + 0j, -3j, 0j])
print(np.conj(c))
print(np.conjugate(c), c.conj(), c.conjugate())
print(np.angle(c))
print(np.angle(c).tolist())
print(np.angle(c, deg=True))
print(np.angle(np.array([1.0, -1.0, 0.0, -0.0])), np.angle(np.array([3, -3])))
print(np.conj(np.array([1.5, -2.0])), np.conj(np.array([3, 4])).dtype)
print(repr(np.angle(1j)), repr(np.conj(2 - 3j)), type(np.conj(2 - 3j)).__name__)
print(c * np.conj(c))
print((c * np.conj(c)).real)
out = np.empty(7, dtype=complex)
np.conj(c, out=out)
print(out)
print(np.angle(c.astype(np.complex64)).dtype, c.real, c.imag)
c.imag[0] = 9
c.real[-1] = 4
print(c)
