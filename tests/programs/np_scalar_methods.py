# NumPy scalars have the array methods (NumPy's generic type runs them on
# the scalar as a 0-d array) and np.float64 / np.complex128 the methods of
# float and complex, whose subclasses they are.
import numpy as np

a = np.arange(6.0).reshape(2, 3)
s = a.sum()
print(s.sum(), s.max(), s.min(), s.mean(), s.std(), s.prod())
print(s.any(), s.all(), type(s.any()).__name__)
print(s.reshape(1), s.reshape(1, 1).shape, s.copy(), type(s.copy()).__name__)
print(s.clip(0, 10), s.argmax(), s.cumsum(), s.ravel(), s.flatten())
print(s.astype(np.int32), s.round(1), s.item(), s.tolist())
i = np.int64(7)
print(i.sum(), i.max(), i.reshape(1), i.cumsum(), type(i.sum()).__name__)
b = np.bool_(True)
print(b.any(), b.sum(), type(b.sum()).__name__)
f = np.float32(2.5)
print(f.sum(), type(f.sum()).__name__, f.mean(), type(f.mean()).__name__)
print(s.is_integer(), s.as_integer_ratio(), s.hex(), np.float64(0.1).hex())
c = np.complex128(3 + 4j)
print(c.conjugate(), c.real, c.imag, c.sum(), abs(c))
try:
    i.is_integer()
except AttributeError as e:
    print("AttributeError", e)
try:
    s.no_such_method()
except AttributeError as e:
    print("AttributeError", e)
