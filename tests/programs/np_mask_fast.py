# a[mask] and a[mask] = v with a mask of a's full shape, for every element
# size (bool .. complex128), contiguous and strided, scalar and array
# values, an empty mask, a full one, and the errors NumPy gives.
import numpy as np

for dt in [np.bool_, np.int8, np.int16, np.float32, np.int64, np.float64, np.complex64, np.complex128]:
    a = (np.arange(60).reshape(6, 10) % 7).astype(dt)
    m = (np.arange(60).reshape(6, 10) * 37 % 11) > 4
    print(dt.__name__, a[m].tolist()[:8], a[m].size, a[m].dtype)
    b = a.copy()
    b[m] = a[m][::-1]
    print(b.ravel().tolist()[:12])
    b[m] = 1
    print(b.sum())
    c = a.T.copy().T  # Fortran order
    c[m] = a[m]
    print((c == a).all())
    s = a[:, ::2]
    ms = m[:, ::2]
    print(s[ms].tolist()[:6])
    s2 = s.copy()
    s2[ms] = s[ms] * 2 if dt is not np.bool_ else ~s[ms]
    print(s2.ravel().tolist()[:8])
    none = np.zeros((6, 10), dtype=bool)
    print(a[none].shape, a[~none].size)
    b[none] = np.array([], dtype=dt)
    try:
        b[m] = np.arange(3).astype(dt)
    except ValueError as e:
        print("ValueError", e)
z = np.arange(12.0)
mz = z > 4
z[mz] = z[mz][::-1]  # the value shares no memory with z (a copy)
print(z.tolist())
w = np.arange(10.0)
w[w > 5] = w[:4]
print(w.tolist())
