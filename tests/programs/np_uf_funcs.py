import numpy as np
a = np.array([[1.5, -2.0], [3.25, 0.0]])
print(np.sum(a), np.prod(a + 1), np.mean(a), np.std(a), np.var(a), np.max(a), np.min(a))
print(np.argmax(a), np.argmin(a), np.argmax(a, axis=1), np.argmin(a, axis=0), np.argmax(a, axis=0, keepdims=True))
print(np.cumsum(a), np.cumprod(a, axis=0), np.all(a), np.any(a), np.ptp(a))
print(np.abs(a), np.absolute(-3), np.maximum(a, 1), np.minimum(a, [[0], [1]]), np.sign(a))
print(a.sum(0), a.sum(axis=-1), a.sum(axis=(-1, -2)), a.mean(-1), a.max(-2), a.argmax(-1))
try:
    a.sum(axis=2)
except (ValueError, IndexError) as e:
    print(type(e).__name__ in ("AxisError", "IndexError", "ValueError"), e)
try:
    a.sum(axis=(0, 0))
except ValueError as e:
    print(e)
o = np.zeros(2)
a.sum(axis=0, out=o)
print(o)
m = np.zeros((1, 2))
np.sum(a, axis=0, keepdims=True, out=m)
print(m)
print(np.sum(a, dtype=np.int64), a.sum(axis=1, dtype=np.float32), np.mean(a, dtype=np.float32))
print(np.sum(a, where=a > 0), np.max(a, where=a < 3, initial=-10))
