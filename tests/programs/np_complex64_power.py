# complex64 ** an integer exponent multiplies in float (NumPy's npy_cpowf:
# binary powering with complex64 products), so the last bits match NumPy's
# rather than a double-precision power rounded once; other exponents go to
# libm's cpowf. complex128 for comparison.
import numpy as np

np.random.seed(3)
z = (np.random.rand(300) * 2 - 1 + 1j * (np.random.rand(300) * 2 - 1)).astype(np.complex64)
for n in [2, 3, 4, 5, 7, -1, -2, -5, 17, 99, 100, 156]:
    r = np.power(z, np.full(z.shape, n, dtype=np.complex64))
    print(n, r[:2], r.real.sum(), r.imag.sum())
    q = z ** np.int16(n)
    print(q[2:4], q.real.sum(), q.imag.sum())
print(np.power(z[:3], 2.5), np.power(z[:3], np.complex64(0.5 + 1j)))
print(np.array([0.5, -1.5, 2.5, 300.0], dtype=np.complex64) ** np.array([0.5, -1.5, 2.5, 300.0], dtype=np.complex64))
print(np.array([-1.5, 300, 2.5], dtype=np.complex64) ** np.array([156, 217, 22], dtype=np.uint8))
w = z.astype(np.complex128)
print((w ** np.int8(7))[:2], (w ** np.int8(7)).real.sum(), np.power(w, 2.5)[:2])
print(np.complex64(1.1 + 0.37j) ** 7, np.complex64(1.1 + 0.37j) ** -3, np.complex64(0) ** 2, np.complex64(0) ** -1)
b = z[:4].copy()
b **= 5
print(b)
