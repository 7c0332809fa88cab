# Complex division by a zero divisor: NumPy (Smith's method) divides by
# |b.real|, so a -0.0 divisor gives the same +inf/nan as +0.0, for
# complex128 and complex64, array and scalar operands.
import numpy as np

z = np.array([1 + 1j, -5, 0, 2j, -3 - 4j])
for d in [-0.0, 0.0, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0)]:
    print(repr(d), z / d)
    print(z.astype(np.complex64) / d)
print(np.array([1 + 2j]) / np.array([-0.0]), np.divide(np.array([3j]), np.array([complex(-0.0, -0.0)])))
print(np.complex128(1 + 1j) / np.float64(-0.0), np.complex64(-2) / np.float32(-0.0))
print(np.array([6 + 8j, 1]) / np.array([-2.0, -0.5]))
