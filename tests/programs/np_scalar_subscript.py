# Subscripting a NumPy scalar indexes it as a 0-d array: x[()] gives the
# scalar back, x[...] a 0-d array, x[None] a 1-element array; integers and
# slices raise IndexError (not "not subscriptable"), assignment TypeError.
import numpy as np

values = [np.float64(2.5), np.int8(-3), np.float32(0.5), np.uint16(7), np.bool_(True),
          np.complex128(1 - 2j), np.arange(4).sum(), np.array([1.5, 2.5]).mean()]
for x in values:
    for key in [(), Ellipsis, None, (None, Ellipsis), 0, -1, slice(None), (0,), (Ellipsis, 0)]:
        try:
            r = x[key]
            print(type(x).__name__, repr(key), repr(r), type(r).__name__)
        except IndexError as e:
            print(type(x).__name__, repr(key), "IndexError", e)
s = np.arange(3).max()
try:
    s[0] = 1
except TypeError as e:
    print("TypeError", e)
print(np.float64(4.0)[()] + 1, np.int64(6)[...] * 2)
