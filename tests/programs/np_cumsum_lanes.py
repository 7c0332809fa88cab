# cumsum / cumprod / ufunc.accumulate along an axis with few lanes (a long
# 1-D array, a tall narrow matrix: one lane at a time) and with many (a
# step over all lanes at once), on strided and transposed views, with
# dtype= and out=, for floats whose sums depend on the order.
import numpy as np

x = np.array([1e16, 1.0, -1e16, 3.0, 0.1, 2.5, -0.7] * 30)
print(np.cumsum(x)[-7:], x.cumsum()[100:104])
m = (np.arange(6 * 70).reshape(70, 6) * 7919 % 1009) / 7.0
print(np.cumsum(m, axis=0)[-1], np.cumsum(m, axis=1)[-1])
print(np.cumsum(m.T, axis=1)[:, -1], np.cumsum(m[::3, ::2], axis=0)[-1])
big = (np.arange(200 * 3).reshape(3, 200) % 17) - 8
print(np.cumsum(big, axis=1)[:, -5:], np.cumprod(big[:, :12] % 3 + 1, axis=1)[:, -1])
print(np.cumsum(np.arange(10, dtype=np.int8) * 20), np.cumsum(np.arange(10, dtype=np.int8) * 20, dtype=np.int8))
print(np.cumsum(np.array([True, True, False, True])), np.cumprod(np.array([1.5, -2.0, 0.5, np.nan, 3.0])))
out = np.zeros(7)
np.cumsum(x[:7], out=out)
print(out, np.add.accumulate(x[:7]), np.multiply.accumulate(np.arange(1, 11)))
print(np.maximum.accumulate(np.array([3, 1, 4, 1, 5, 9, 2, 6])), np.minimum.accumulate(m[:, 2])[-3:])
cube = np.arange(2 * 3 * 40, dtype=np.float64).reshape(2, 3, 40) / 3.0
print(np.cumsum(cube, axis=2)[:, :, -1], np.cumsum(cube, axis=0)[-1, :, :3], np.cumsum(cube)[-1])
print(np.cumsum(np.zeros((0, 3)), axis=0).shape, np.cumsum(np.zeros((3, 0)), axis=1).shape, np.cumsum(5.5))
