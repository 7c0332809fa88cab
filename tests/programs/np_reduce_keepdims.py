# outcmp: exact
import numpy as np
t = np.arange(24).reshape(2, 3, 4)
for ax in [None, 0, 1, 2, -1, (0, 1), (0, 2), (1, 2)]:
    s = t.sum(axis=ax, keepdims=True)
    print(ax, s.shape, s.ravel())
print(t.max(axis=1, keepdims=True))
print(t.min(axis=(0, 2), keepdims=True))
print(t.mean(axis=2, keepdims=True).shape, t.std(axis=0, keepdims=True).shape, t.var(keepdims=True))
print(t.prod(axis=0, keepdims=True).shape, t.all(axis=1, keepdims=True).shape, t.any(axis=2, keepdims=True).shape)
n = t / t.sum(axis=2, keepdims=True)
print(n[0])
c = t - t.mean(axis=(1, 2), keepdims=True)
print(c[1])
print(np.sum(t, axis=1, keepdims=True).shape, np.max(t, axis=0, keepdims=True).shape, np.mean(t, keepdims=True).shape)
v = np.arange(5)
print(v.sum(keepdims=True), v.sum(axis=0, keepdims=True), repr(v.max(keepdims=True)))
print(np.add.reduce(t, axis=0, keepdims=True).shape, np.maximum.reduce(t, axis=(1, 2), keepdims=True).ravel())
