# outcmp: exact
# int()/float() of a NumPy complex scalar take its real part (NumPy warns on
# stderr); of a complex size-1 array they raise as for a Python complex
import numpy as np


def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


t(lambda: float(np.complex128(1 + 2j)))
t(lambda: float(np.complex64(1.5 - 2j)))
t(lambda: int(np.complex128(2.7 + 3j)))
t(lambda: int(np.complex64(-2.7 + 3j)))
t(lambda: int(np.complex128(complex(float("nan"), 1))))
t(lambda: float(np.array([1 + 2j])))
t(lambda: int(np.array(3.5 + 1j)))
t(lambda: float(np.array(2j, dtype=np.complex64)))
t(lambda: float(1j))
t(lambda: complex(np.complex64(1 + 2j)))
c = np.array([1.5 + 2j, -2.5 - 1j, 3.25 + 0j])
s = 0.0
k = 0
for i in range(300):
    s += float(c[i % 3])
    k += int(c[i % 3])
print(s, k)
