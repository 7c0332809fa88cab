import numpy as np
a = np.arange(5, dtype=np.float64)
out = np.zeros(5)
r = np.add(a, 1, out=out)
print(out, r is out)
np.multiply(a, a, out)
print(out)
o2 = np.zeros((2, 5))
np.add(a, a, out=o2)
print(o2)
i = np.zeros(5, dtype=np.int64)
try:
    np.add(a, 1, out=i)
except TypeError as e:
    print(e)
np.add(a, 1, out=i, casting="unsafe")
print(i)
f = np.zeros(5, dtype=np.float32)
np.sqrt(a, out=f)
print(f, f.dtype)
try:
    np.add(a, a, out=np.zeros(3))
except ValueError as e:
    print("ValueError:", e)
try:
    np.add(a, a, out=np.zeros((5, 1)))
except ValueError as e:
    print("ValueError:", e)
w = np.zeros(5)
np.add(a, 10, out=w, where=a > 2)
print(w)
print(np.add(a, a, dtype=np.float32), np.add(a, a, dtype=np.float32).dtype)
print(np.negative(a, out=a), a)
