# outcmp: exact
from numba import vectorize, int64, float64, float32, int32
import numpy as np


@vectorize(['int64(int64, int64)', 'float64(float64, float64)', 'complex128(complex128, complex128)'])
def f(a, b):
    return a * a + b


@vectorize([float32(float32), float64(float64), int32(int32)])
def relu(x):
    return x if x > 0 else 0


print(f(np.arange(5), 3), f(np.arange(5), 3).dtype)
print(f(np.arange(5.0), 0.5), f(np.arange(5.0), 0.5).dtype)
print(f(np.array([1j, 2]), 1j), f(3, 4), type(f(3, 4)).__name__)
print(f.types, f.ntypes)
print(relu(np.array([-1.5, 2.5, 0.0], dtype=np.float32)), relu(np.array([-1.5, 2.5, 0.0], dtype=np.float32)).dtype)
print(relu(np.array([-3, 4], dtype=np.int32)), relu(np.array([-3, 4], dtype=np.int32)).dtype)
print(relu(np.linspace(-1, 1, 5)), relu(np.array([-3, 4], dtype=np.int16)).dtype)
print(f(np.arange(6).reshape(2, 3), np.array([10, 20, 30])))
try:
    f(np.array(['a']), 1)
except TypeError as e:
    print("TypeError", str(e).splitlines()[0][:40])
