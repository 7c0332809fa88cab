# outcmp: exact
import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5])
print(np.concatenate([a, b]), np.concatenate((a, b, a)), np.concatenate([a]))
m = np.arange(6).reshape(2, 3)
n = np.arange(6, 12).reshape(2, 3)
print(np.concatenate([m, n]))
print(np.concatenate([m, n], axis=1))
print(np.concatenate([m, n], axis=-1).shape, np.concatenate([m, n], axis=None))
print(np.concatenate([a, np.array([1.5])]), np.concatenate([a, np.array([1.5])]).dtype)
print(np.concatenate([np.array([1], np.int8), np.array([2], np.int16)]).dtype, np.concatenate([np.array([True]), np.array([2])]))
print(np.concatenate([np.array([1, 2]), np.array([1j])]))
print(np.concatenate([m, np.zeros((0, 3), dtype=int)]), np.concatenate([[1, 2], [3]]))
t = np.arange(8).reshape(2, 2, 2)
print(np.concatenate([t, t * 10], axis=2))
print(np.concatenate([t, t], axis=1).shape)
c = np.concatenate([a, b])
c[0] = 100
print(a, c)
for args, kw in [(([a, m],), {}), (([m, np.ones((2, 2))],), {}), (([m, n],), {'axis': 2})]:
    try:
        np.concatenate(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
