# outcmp: exact
import numpy as np
m = np.arange(12).reshape(3, 4)
r = m.ravel()
print(r, r.base is m.base, r.shape)
r[0] = 100
print(m[0, 0])
rt = m.T.ravel()
print(rt)
rt[1] = -5
print(m[1, 0], m.T.ravel()[1])
print(np.ravel(m[:, ::2]), np.ravel(m[::-1]))
t = np.arange(24).reshape(2, 3, 4)
print(t.ravel()[::5], t.transpose(2, 0, 1).ravel()[:8], t[:, 1].ravel())
print(np.ravel([[1, 2], [3, 4]]), np.ravel(5), np.array(5).ravel().shape)
print(m.reshape(-1), m.reshape(-1).base is m.base, m.T.reshape(-1))
f = m.astype(float).ravel()
print(f.dtype, f[:3])
