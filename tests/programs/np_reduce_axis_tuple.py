# outcmp: exact
import numpy as np
t = np.arange(120).reshape(2, 3, 4, 5)
print(t.sum(axis=(0, 3)))
print(t.max(axis=(1, 2)))
print(t.min(axis=(-1, -3)))
print(t.mean(axis=(0, 1, 2)))
print(t.sum(axis=(0, 1, 2, 3)), t.sum(axis=-4).shape, t.prod(axis=(0, 1))[0, :2])
print(t.any(axis=(2, 3)), t.all(axis=(0, 3)).shape)
f = t / 7.0
print(f.sum(axis=(1, 3)).tolist())
print(f.std(axis=(0, 2)).round(6))
try:
    t.sum(axis=(0, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    t.sum(axis=4)
except Exception as e:
    print(type(e).__name__, e)
print(np.sum(t, axis=(1, 2), keepdims=True).shape, np.max(t, axis=(0, 2, 3)))
