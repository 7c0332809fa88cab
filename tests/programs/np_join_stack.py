# outcmp: exact
import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.stack([a, b]))
print(np.stack([a, b], axis=1))
print(np.stack([a, b], axis=-1).shape, np.stack([a, b, a]).shape, np.stack((a,)).shape)
m = np.arange(6).reshape(2, 3)
print(np.stack([m, m * 10]))
print(np.stack([m, m * 10], axis=1))
print(np.stack([m, m * 10], axis=2))
print(np.stack([a, b.astype(np.float32)]).dtype, np.stack([np.int8(1), np.int8(2)]).dtype)
print(np.stack([np.array(1), np.array(2)]), np.stack([1.5, 2, 3]))
s = np.stack([a, b])
s[0, 0] = -1
print(a, s)
try:
    np.stack([a, np.array([1, 2])])
except ValueError as e:
    print("ValueError:", e)
try:
    np.stack([a, b], axis=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.stack([])
except ValueError as e:
    print("ValueError:", e)
