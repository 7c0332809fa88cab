# outcmp: exact
import numpy as np
for dt in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
           np.uint64, np.float32, np.float64, np.complex64, np.complex128]:
    a = np.arange(3).astype(dt)
    x = a[1]
    print(dt.__name__, type(x).__name__, repr(x), str(x), x.ndim, x.shape)
a = np.arange(6).reshape(2, 3)
print(type(a[1, 1]).__name__, type(a[1]).__name__, type(a[1:2, 1]).__name__)
print(a[1, 1] * 2.5, type(a[1, 1] * 2.5).__name__, type(a[1, 1] + 1).__name__)
print(a.item(4), type(a.item(4)).__name__, a.item(1, 2), a[0].item(-1))
print(np.array([2.5]).item(), type(np.array([2.5]).item()).__name__, np.array(3j).item())
print(np.float32(1.1).item(), np.array([True]).item(), type(np.uint8(7).item()).__name__)
try:
    a.item()
except ValueError as e:
    print("ValueError:", e)
z = np.array(4.5)
print(z.ndim, z.shape, z.size, z[()], float(z), int(np.array(7)), z + 1, type(z + 1).__name__)
