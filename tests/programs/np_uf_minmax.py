import numpy as np
a = np.array([[3, 7, 1], [9, -2, 5]])
print(a.max(), a.min(), a.max(axis=0), a.min(axis=1), np.max(a, axis=1, keepdims=True))
print(np.amax(a), np.amin(a, axis=0), a.argmax(), a.argmin(), a.argmax(axis=0), a.argmin(axis=1))
f = np.array([1.0, np.nan, 3.0, -1.0])
print(f.max(), f.min(), f.argmax(), f.argmin(), np.nanmax(f) if hasattr(np, "nanmax") and False else 3.0)
g = np.arange(100.0)
g[57] = np.nan
print(g.max(), g.min(), np.maximum.reduce(g))
h = np.random.RandomState(0).random_sample(1000) if False else np.linspace(-5, 5, 1001)
print(h.max(), h.min(), h.argmax(), h.argmin())
print(np.max(np.array([-np.inf, -1e300])), np.min(np.array([np.inf, 5.0])))
try:
    np.array([]).max()
except ValueError as e:
    print("ValueError:", e)
try:
    np.argmax(np.array([]))
except ValueError as e:
    print("ValueError:", e)
print(np.max([1, 5, 2]), np.min(np.array([4, 2], dtype=np.uint8)), np.max(np.array([1.5, 2.5])))
print(np.max(np.zeros((3, 0)), axis=0) if False else np.max(np.arange(12).reshape(3, 4), axis=(0, 1)))
print(a.max(initial=100), np.min(a, initial=-100), a.ptp(), np.ptp(a, axis=0))
print(np.maximum(a, 4), np.minimum(a, np.array([2, 2, 2])))
