import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.mean(), a.mean(axis=0), a.mean(axis=1), np.mean(a, axis=(0, 1)))
print(a.var(), a.std(), a.var(axis=0), a.std(axis=1), a.var(ddof=1), np.std(a, ddof=1, axis=0))
x = np.linspace(0, 1, 1001) ** 2
print(repr(x.mean()), repr(x.var()), repr(x.std()), repr(np.var(x, ddof=1)))
print(np.mean([1, 2, 3, 4]), np.mean(np.array([1, 2], dtype=np.float32)).dtype)
f = np.arange(10, dtype=np.float32) / 7
print(f.mean(), f.var(), f.std(), f.mean().dtype)
print(a.mean(keepdims=True), a.std(axis=0, keepdims=True).shape)
z = np.array([1 + 1j, 2 - 1j, 3j])
print(z.mean(), z.var(), z.std())
print(np.mean(np.array([True, False, True])), np.var([1.0]), np.std([2, 4, 4, 4, 5, 5, 7, 9]))
