# Float sums use NumPy's pairwise summation in 8192-element chunks: exact reprs.
import numpy as np
for n in [7, 8, 9, 16, 127, 128, 129, 255, 1000, 8191, 8192, 8193, 20000, 100001]:
    x = np.sin(np.arange(n) * 0.37) * 1000 + np.arange(n) * 1e-3
    x = (np.arange(n) * 7919 % 1000003) / 997.0 - 300.0
    print(n, repr(x.sum()), repr(x[::2].sum()), repr(x.mean()))
m = ((np.arange(60000) * 31 % 1009) / 7.0).reshape(3, 20000)
print(repr(m.sum()), [repr(v) for v in m.sum(axis=1)], repr(m[:, :15000].sum()), [repr(v) for v in m[:, 1:].sum(axis=1)])
print([repr(v) for v in m.sum(axis=0)[:3]], repr(m.T.sum()), [repr(v) for v in m.T.sum(axis=0)])
f = m.astype(np.float32)
print(f.sum(), f.sum(axis=1), f.mean(), f[:, ::3].sum())
