# outcmp: exact
import numpy as np
N = 1000
a = np.arange(N, dtype=np.float64)
b = np.ones(N)
out = np.empty_like(a)
out[:] = a + b
print(out[:5], out[-5:], out.sum())
np.random.seed(1)
arr = np.random.random(10)
total = 0.0
for i in range(len(arr)):
    total += arr[i] ** 2
print(repr(total), repr((arr ** 2).sum()), repr(np.dot(arr, arr)))
x = np.linspace(0, 1, 5)
print(x, x.dtype, x.shape)
grid = np.zeros((4, 6), dtype=np.int32)
print(grid.dtype, grid.shape, grid.strides)
c = np.full(3, 0.0j)
print(c, c.dtype)
d = np.array([1.0, -2.0, 3.0])
e = np.array([0.5, 0.5, -5.0])
s = d + e
print(s, np.where(s > 1.0, 1.0, np.where(s < -1.0, -1.0, s)))
print(np.clip(d + e, -1.0, 1.0))
