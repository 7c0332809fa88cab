# Complex array ** in @njit runs Numba's scalar power in the ufunc loop:
# squares by multiplication, other powers (3, 0.5, -1, complex) by
# numba_cpow, 0j to a negative power nan+nanj; NumPy's own loop would
# multiply out small integer powers (1j ** 3 exactly -1j).
from numba import njit
import numpy as np


@njit
def apw(a, b):
    return a ** b


@njit
def ipw(a, b):
    a **= b
    return a


z = np.array([1j, 1 + 2j, 0j, -1.5 + 0.5j])
for b in [2, 3, 0.5, -1, 2j, np.array([2, 3, 1, 0])]:
    print(apw(z, b))
print(apw(2, z), apw(z.astype(np.complex64), np.complex64(3)), apw(z.astype(np.complex64), np.complex64(2)))
print(apw(z.reshape(2, 2), np.array([2.0, 3.0])))
print(ipw(z.copy(), 3))
