# outcmp: exact
import numpy as np
a = np.arange(10)
views = {'slice': a[2:5], 'step': a[::2], 'reshape': a.reshape(2, 5), 'rev': a[::-1]}
copies = {'copy': a.copy(), 'fancy': a[[2, 3, 4]], 'mask': a[a > 4], 'astype': a.astype(np.int64),
          'ravelT': a.reshape(2, 5).T.ravel(), 'plus0': a + 0}
for name in ['slice', 'step', 'reshape', 'rev']:
    print(name, views[name].base is a)
for name in ['copy', 'fancy', 'mask', 'astype', 'ravelT', 'plus0']:
    v = copies[name]
    print(name, v.base is a, v.base is None)
a[:] = -1
for name in ['slice', 'step', 'reshape', 'rev']:
    print(name, views[name])
for name in ['copy', 'fancy', 'mask', 'astype', 'ravelT', 'plus0']:
    print(name, copies[name])
m = np.arange(6).reshape(2, 3)
r = m.ravel()
r[0] = 42
print(m[0, 0])
rt = m.T.ravel()
rt[0] = 7
print(m[0, 0], rt)
