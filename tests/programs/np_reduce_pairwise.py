# outcmp: exact
import numpy as np
a = np.arange(10001) * 0.1
print(repr(a.sum()), repr(np.sum(a)), repr(sum(a.tolist())))
print(repr(a[:9].sum()), repr(a[:8].sum()), repr(a[:16].sum()), repr(a[:17].sum()), repr(a[:129].sum()))
print(repr(a[::2].sum()), repr(a[::-1].sum()), repr(a[1::3].sum()))
b = np.full(1000, 0.1)
print(repr(b.sum()), repr(sum(b.tolist())), repr(b.mean()))
for n in [7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 1000, 4096, 5000]:
    x = np.arange(n) / 7.0
    print(n, repr(x.sum()), repr(x.mean()))
c = np.linspace(0, 1, 3001)
print(repr(c.sum()), repr(c.mean()), repr(c.var()), repr(c.std()))
d = (np.arange(2000) % 13) * 0.37 - 1.1
print(repr(d.sum()), repr((d * d).sum()), repr(np.abs(d).sum()))
print(repr(np.add.reduce(a)), repr(a.cumsum()[-1]))
f = (np.arange(3000, dtype=np.float32) * np.float32(0.1))
print(repr(f.sum()), repr(f.mean()), f.sum().dtype)
e = np.array([1e16, 1.0, -1e16, 1.0] * 50)
print(repr(e.sum()))
