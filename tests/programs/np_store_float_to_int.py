# Storing a float (Python or NumPy scalar) into an integer array converts
# through int(): truncation, and NaN/inf/huge values raise as in NumPy.
import numpy as np
a = np.zeros(3, dtype=np.int64)
for v in [float('nan'), np.float64('nan'), np.float32('inf'), float('inf'), np.float64(1e300), 1e300, np.float64(2.7), -2.7]:
    try:
        a[0] = v
        print(repr(v), "->", a[0])
    except Exception as e:
        print(repr(v), type(e).__name__, e)
b = np.zeros(3, dtype=np.int8)
for v in [np.float64('nan'), 300.0, np.float64(300.0), np.int64(300), 300]:
    try:
        b[1] = v
        print(repr(v), "->", b[1])
    except Exception as e:
        print(repr(v), type(e).__name__, e)
src = np.array([1.5, -2.5, 3.9, 1e10, np.nan])
dst = np.zeros(5, dtype=np.int32)
try:
    for i in range(len(src)):
        dst[i] = src[i]
except ValueError as e:
    print("loop stopped at", i, e)
print(dst)
dst[:] = np.array([7.9, -7.9, 0.5, 2.0, 3.0])
print(dst)
