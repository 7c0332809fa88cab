# numpy.linalg.norm as NumPy 1.24 computes it: the 2-norm as sqrt(dot) in
# memory order (views, complex), vector and matrix ords, axis/keepdims, errors
import numpy as np
from numpy.linalg import norm
import numpy.linalg as LA
rng = np.random.RandomState(3)
v = rng.standard_normal(17) if hasattr(rng, "standard_normal") else rng.randn(17)
m = rng.randn(5, 4)
c = rng.randn(6) + 1j * rng.randn(6)
print(repr(np.linalg.norm(v)), repr(norm(v[::-1])), repr(norm(m)), repr(norm(m.T)), repr(LA.norm(c)))
print(repr(norm(v.astype(np.float32))), repr(norm(np.arange(10))), repr(norm([3, 4])), repr(norm(np.arange(24.0).reshape(2, 3, 4))))
for o in [None, 2, 1, 0, -1, np.inf, -np.inf, 3, 0.5, -2]:
    print(o, repr(norm(v, ord=o)), repr(norm(c, o)), repr(norm(m, ord=o, axis=1)), repr(norm(m, o, axis=0, keepdims=True)))
for o in [None, "fro", "f", 1, -1, np.inf, -np.inf]:
    print(o, repr(norm(m, ord=o)), repr(norm(m, ord=o, keepdims=True)), repr(norm(m.reshape(1, 5, 4), o, axis=(1, 2))), repr(norm(m, o, axis=(1, 0))))
print(repr(norm(m, keepdims=True)), repr(norm(v, keepdims=True)))
print(repr(norm(np.array([1e200, 1e200]))), repr(norm(np.array([np.nan, 1.0]))), repr(norm(np.array([np.inf, 1.0]))), repr(norm(np.array([]))))
for bad in [lambda: norm(v, "fro"), lambda: norm(m, "bad"), lambda: norm(m, 2.5), lambda: norm(m, axis=(0, 0)), lambda: norm(np.ones((2, 2, 2)), 1), lambda: norm(v, axis=1.5), lambda: norm(v, axis=[0])]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
