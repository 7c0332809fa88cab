# Complex sum/mean follow NumPy's pairwise summation over the 2n doubles
# (blocks of four complex values, thresholds counted in doubles).
import numpy as np

c = np.arange(1, 5) / 7 + 0j
print(repr(c.sum()))
for n in [1, 3, 4, 5, 7, 8, 9, 16, 33, 63, 64, 65, 100, 129, 257, 1001]:
    c = np.arange(1, n + 1) / 7 + 1j * np.arange(n) / 3
    f = c.astype(np.complex64)
    print(n, repr(c.sum()), repr(c.mean()), repr(f.sum()), repr(f.mean()))
    print(c.reshape(1, n).sum(axis=1), c[::2].sum(), c[::-3].mean())
    if n % 2 == 0:
        m = c.reshape(2, n // 2)
        print(m.sum(axis=1), m.mean(axis=-1), np.sum(m.astype(np.complex64), axis=1))

np.random.seed(5)
a = np.random.standard_normal((4, 300)) + 1j * np.random.standard_normal((4, 300))
print(repr(a.sum()), a.sum(axis=1), a.T.sum(axis=0), np.add.reduce(a, axis=None))

# in a hot loop, so the JIT records the reduction
x = np.arange(1, 41) / 7 + 1j * np.arange(40) / 3
tot = 0j
for i in range(100):
    tot += x[: i % 40 + 1].sum() + x.mean()
print(repr(tot))
