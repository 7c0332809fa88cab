# np.round of complex arrays rounds the real and imaginary parts as float
# arrays (NumPy's PyArray_Round), so complex64 parts round in float32
# exactly as a float32 array would (dividing by a complex 10 multiplied by
# 0.1 and was off in the last bit).
import numpy as np
np.random.seed(5)
z = ((np.random.rand(200) * 20 - 10) + 1j * (np.random.rand(200) * 6 - 3))
for dt in [np.complex64, np.complex128]:
    w = z.astype(dt)
    for d in [0, 1, 2, 3, -1, -2]:
        r = np.round(w, d)
        print(dt.__name__, d, r[:3], r.sum(), r.dtype)
    print(w[:3].round(1), np.around(w[3:5], 2), np.round(dt(2.5 - 3.5j)), np.round(dt(1.25 + 0.35j), 1), type(np.round(dt(1.25 + 0.35j), 1)).__name__)
    o = np.zeros(3, dtype=dt)
    print(np.round(w[:3], 1, out=o), o)
print(np.round(np.array([complex(np.nan, np.inf), complex(-0.0, 0.5)]), 0), np.round([1.55 + 2.45j], 1))
