import numpy as np
# argument errors of NumPy functions written in Python (or with a Python
# dispatcher): CPython's wording, not a C parser's
x = np.arange(4)
def show(f):
    try:
        r = f(); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.column_stack((x, x), 1))
show(lambda: np.flatnonzero(x, bogus=1))
show(lambda: np.argwhere())
show(lambda: np.round(x, 1, None, 4))
show(lambda: np.round(x, decimal=1))
show(lambda: np.ptp(x, axis=0, bad=2))
show(lambda: np.array_equiv(x, x, rtol=0.5))
show(lambda: np.array_equiv(x))
show(lambda: np.angle(x, deg=True, z=1))
show(lambda: np.angle(x, 1, 2))
show(lambda: np.cumprod(x, axis=0, bad=2))
show(lambda: np.cumprod())
show(lambda: np.inner(x, x, x))
show(lambda: np.inner(x, c=x))
show(lambda: np.vdot(x))
show(lambda: np.vdot(x, x, out=None))
show(lambda: np.around(x, 1, None, 4))
