# outcmp: exact
import numpy as np
a = np.zeros((3, 4))
a += np.arange(4)
print(a)
a *= np.array([[1], [2], [3]])
print(a)
a -= 1
print(a)
a /= 2
print(a)
i = np.arange(6).reshape(2, 3)
i += 1
i *= 3
i //= 2
i %= 5
print(i)
i **= 2
print(i)
b = np.ones((2, 3), dtype=np.int8)
b += 100
b += 100
print(b, b.dtype)
try:
    i += 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    i /= 2
except TypeError as e:
    print("TypeError:", e)
f = np.arange(4.0)
f += np.arange(4)
f **= 0.5 * 2
print(f)
c = np.zeros(3, dtype=complex)
c += 1j
c *= 2
print(c)
u = np.arange(4, dtype=np.uint8)
u -= 1
print(u)
