import numpy as np
# ndarray.astype(order=, casting=): layout of the copy, can_cast check, and
# the casting= argument errors (shared with ufuncs)
x = np.array([[1.5, -2.0, 300.0], [float("nan"), 7.25, -1e10]])
i = np.arange(6, dtype=np.int16).reshape(2, 3)
def show(f):
    try:
        r = f()
        print(repr(r), r.flags.c_contiguous, r.flags.f_contiguous, r.ravel(order="K"))
    except Exception as e:
        print(type(e).__name__, e)
for order in ("C", "F", "A", "K", "c", "f"):
    for src in (x, x.T, i, i.T, i[:, ::2]):
        show(lambda: src.astype(np.float32, order=order))
show(lambda: i.astype(np.int64, casting="safe"))
show(lambda: i.astype(np.int8, casting="safe"))
show(lambda: i.astype(np.int8, casting="same_kind"))
show(lambda: x.astype(np.int64, casting="same_kind"))
show(lambda: x.astype(np.float32, casting="same_kind"))
show(lambda: x.astype(np.complex64, casting="safe"))
show(lambda: x.astype(np.float64, casting="no"))
show(lambda: x.astype(np.float32, casting="equiv"))
show(lambda: i.astype(np.uint16, casting="unsafe"))
show(lambda: i.astype(bool, casting="same_kind"))
show(lambda: np.array([True]).astype(np.int8, casting="safe"))
show(lambda: i.astype(np.int8, casting="bogus"))
show(lambda: i.astype(np.int8, order="Q"))
show(lambda: i.astype(np.int8, casting=3))
r = x.T.astype(np.float64, copy=False, order="F"); print(r is x.T or r.base is x.T)
r = x.astype(np.float64, copy=False, order="F"); print(r.base is x)
r = x.astype(np.float64, copy=False, order="C"); print(r is x)
