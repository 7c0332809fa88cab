# outcmp: exact
# np.round / ndarray.round of a 0-d array give a NumPy scalar, as ufuncs do
import numpy as np
z = np.array(2.5)
zi = np.array(17, dtype=np.int8)
zc = np.array(1.25 + 2.75j)
print(repr(np.round(z)), repr(z.round()), repr(np.round(z, 1)), repr(np.around(zi)), repr(zi.round(-1)))
print(repr(np.round(zc, 1)), type(np.round(z)).__name__, type(zi.round()).__name__)
out = np.zeros(())
r = np.round(np.array(3.75), 1, out=out)
print(repr(r), r is out)
print(repr(np.round(np.array([2.5]))), repr(np.round(np.array([[1.25 + 0.5j]]), 1)))
