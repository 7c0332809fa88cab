# NumPy's ufunc errors show their base's name (UFuncTypeError, AxisError)
# while the traceback and __qualname__ keep the private class name.
import numpy as np

try:
    np.add(np.zeros(2), np.zeros(2), out=np.zeros(2, dtype=np.int64))
except TypeError as e:
    print(type(e).__name__, type(e).__qualname__, type(e).__module__)
    print(e)
try:
    np.zeros(3).sum(axis=2)
except IndexError as e:
    print(type(e).__name__, type(e).__qualname__, type(e).__module__)
    print(e)
a = np.arange(4)
try:
    a += 1.5
except TypeError as e:
    print(type(e).__name__, e)
