import numpy as np
# reshape with order='F' / 'A' (Fortran order for a Fortran-only array) and 'K' refused
x = np.arange(12).reshape(3, 4)
c = (np.arange(12) * 1.5 - 3).reshape(4, 3).T
def show(f):
    try:
        r = f(); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for src in (x, x.T, c, x[:, ::2], np.arange(6, dtype=np.uint32).reshape(1, 2, 3), np.array(5)):
    for order in ("C", "F", "A", None):
        show(lambda: np.reshape(src, (-1,), order=order))
        show(lambda: src.reshape((2, -1), order=order) if src.size % 2 == 0 else src.reshape(1, order=order))
        show(lambda: np.reshape(src, (src.size, 1, 1), order=order).ravel())
show(lambda: x.reshape(12, order="K"))
show(lambda: np.reshape(x, 12, order="Q"))
show(lambda: np.reshape(x, 5, order="F"))
show(lambda: x.reshape(3, 4, bogus=1))
v = x.T.reshape(12, order="A"); v[0] = 100; print(x[0, 0])
