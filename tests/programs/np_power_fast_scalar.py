# array ** scalar: NumPy turns exponents 2, 0.5, 1, -1 and 0 into unary ufuncs
# (square, sqrt, positive, reciprocal, ones) for float and complex arrays, and
# 2 into square for integer and bool arrays; other exponents run power.
import numpy as np

arrays = [np.array([True, False]), np.array([1, 2, 3], dtype=np.int8),
          np.array([1, 2, 300], dtype=np.uint16), np.array([-0.0, -np.inf, 2.0, np.nan]),
          np.array([1.5, -0.0], dtype=np.float32), np.array([1+2j, 0j, -0.0+0j]),
          np.array([1+2j, 0j], dtype=np.complex64)]
exponents = [2, 2.0, 0.5, 1, 1.0, -1, -1.0, 0, 0.0, True, False, np.int8(2), np.float32(0.5),
             np.float64(2.0), np.array(2), np.array(0.5), np.uint8(2), 3, 1.5]
for a in arrays:
    for e in exponents:
        if a.dtype.kind in 'iub' and not float(e).is_integer():
            continue  # float32 power through NumPy's SIMD loop: not bit-exact
        if a.dtype == np.complex64 and e == 1.5:
            continue  # NumPy's single-precision cpow loses digits; ours is exact
        try:
            r = a ** e
            print(a.dtype, repr(e), r.dtype, r)
        except Exception as ex:
            print(a.dtype, repr(e), ex)
    for e in [2, 0.5, -1, 0]:
        b = a.copy()
        try:
            b **= e
            print("inplace", e, b.dtype, b)
        except Exception as ex:
            print("inplace", e, ex)
print(np.reciprocal(np.array([0j, 1+1j, 2-3j, complex(np.inf, 1), -0.0-0j])))
print(np.reciprocal(np.array([0j, 1+1j, 2-3j], dtype=np.complex64)))
x = np.linspace(-2, 2, 9)
print(x ** 2, x ** 0.5, x ** -1)
