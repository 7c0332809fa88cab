import numpy as np
# dot/inner with a 0-d operand: result dtype from both dtypes (no value-based
# casting) and, for BLAS types, axpy into zeros (-0.0 products print 0.)
a = np.arange(3, dtype=np.int8)
for x, y in ((2, a), (2.0, a), (np.array(2, dtype=np.uint64), a), (a, 3), (np.array(2, dtype=np.uint8), np.array(3, dtype=np.int8)), (300, a), (np.float32(2), a), (-0.0, 1.0)):
    print(repr(np.dot(x, y)), repr(np.inner(x, y)), repr(np.inner(y, x)))
m = np.array([[4.5, -0.0], [-3.75, 4.5]])
print(np.inner(np.array(6, dtype=np.int8), m), np.inner(m, 2), np.inner(m.T, np.int16(3)))
z = np.array([[-0.0, 1.5], [2.0, -0.0]])
for s in (2.0, np.float32(2), np.array(-1.0), np.complex64(1j), 2):
    print(repr(np.dot(z, s)), repr(np.dot(s, z.astype(np.float32))), repr(np.dot(s, z[0, :1])), repr(np.dot(z.reshape(2, 2, 1), s)))
print(repr(np.dot(np.array([[-0.0]]), np.array([[2.0, 3.0]]))), repr(np.dot(np.complex128(-0.0-0.0j), np.array([1+1j, -0.0-0.0j]))))
