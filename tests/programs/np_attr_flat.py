# outcmp: exact
import numpy as np
m = np.arange(12).reshape(3, 4)
print(m.flat[5], m.flat[-1], m.flat[[0, 5, 11]], type(m.flat).__name__)
print(list(m.flat)[:6], sum(m.flat))
for v in m[:, ::3].flat:
    print(v, end=' ')
print()
m.flat[3] = 100
m.flat[[0, 1]] = -1
print(m)
m.flat = 7
print(m)
t = np.arange(6).reshape(2, 3).T
print([int(x) for x in t.flat], t.ravel())
f = np.zeros((2, 2))
f.flat[::3] = 1.5
print(f, f.flat[2:], len(np.arange(10).reshape(2, 5).flat))
it = m.flat
print(next(iter(np.arange(3.0).flat)), np.arange(4).reshape(2, 2).flat[1:3])
