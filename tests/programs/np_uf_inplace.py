import numpy as np
a = np.arange(6)
a += 1
print(a)
a *= 3
print(a)
a -= np.arange(6)
print(a)
a //= 2
print(a)
a %= 4
print(a)
a **= 2
print(a)
a <<= 1
print(a)
a |= 1
print(a)
b = a
b += 100
print(a, a is b)
f = np.ones(4)
f /= 4
f += np.array([1, 2, 3, 4])
print(f)
try:
    a += 1.5
except TypeError as e:
    print(e)
try:
    a /= 2
except TypeError as e:
    print(e)
m = np.zeros((2, 3))
m += np.arange(3)
m[1] *= 2
print(m)
v = np.arange(10)
v[2:5] += 10
v[::3] -= 1
print(v)
s = np.arange(3, dtype=np.int8)
s += 300
print(s, s.dtype)
