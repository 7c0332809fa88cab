# np.where(cond, x, y) through the typed select (contiguous output and
# condition; each choice contiguous or a broadcast scalar) and through the
# general loop (strided, broadcast rows/columns, complex, mixed dtypes).
import numpy as np

a = (np.arange(50) * 7919 % 101) / 10.0
b = -(np.arange(50) * 104729 % 103) / 10.0
c = a > 5.0
print(np.where(c, a, b)[:12], np.where(c, a, 0.0)[:12], np.where(c, -1.0, b)[:12], np.where(c, 1, 2)[:12])
for dt in (np.int8, np.uint16, np.int32, np.float32, np.int64, np.bool_):
    x, y = a.astype(dt), b.astype(dt)
    r = np.where(c, x, y)
    print(r.dtype, r[:10], np.where(c, x, 7).dtype)
print(np.where(c[::2], a[::2], b[1::2])[:8], np.where(c.reshape(5, 10), a.reshape(5, 10), b[:10])[:, :4])
print(np.where(c.reshape(5, 10).T, 0.5, b.reshape(5, 10).T)[:3], np.where(c[:10, None], a[:3], b[:3])[:4])
print(np.where(c, a + 1j, b)[:4], np.where(True, 3, 4.5), np.where(np.array([0.0, np.nan, -0.0]), 1, 2))
print(np.where(np.array([1, 0, 2], dtype=np.int8), np.arange(3), -np.arange(3)), np.where(c))
