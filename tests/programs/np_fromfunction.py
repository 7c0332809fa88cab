# np.fromfunction: one call with np.indices-style index arrays (dtype, kwargs forwarded, views of one array)
import numpy as np
print(repr(np.fromfunction(lambda i, j: i + j, (2, 3))))
print(repr(np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int)))
print(repr(np.fromfunction(lambda i: i * 2, [4], dtype=np.int32)))
print(repr(np.fromfunction(lambda i, j, k: i * 100 + j * 10 + k, (2, 2, 3), dtype=np.int64)))
calls = []
def f(i, j, scale=1):
    calls.append((i.shape, i.dtype, j.dtype))
    return (i - j) * scale
print(repr(np.fromfunction(f, (2, 4), dtype=np.float32, scale=3)))
print(calls)
print(repr(np.fromfunction(lambda: 7, ())))
print(repr(np.fromfunction(lambda i, j: i, (0, 3))))
print(repr(np.fromfunction(lambda i, j: j, (2, 2), dtype=None)))
print(repr(np.fromfunction(lambda i: i.base is not None, (3,))))
print(repr(np.fromfunction(function=lambda i: i + 0.5, shape=(3,))))
print(np.fromfunction(lambda i, j: np.sin(i) * np.cos(j), (3, 3)).round(4))
def err(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: np.fromfunction(lambda i: i, 3))
err(lambda: np.fromfunction(lambda i: i, (3, 2)))
err(lambda: np.fromfunction(lambda i: i))
err(lambda: np.fromfunction(lambda i: i, (3,), dtype=bool))
err(lambda: np.fromfunction(lambda i: i, (2,), dtype=bool))
