# outcmp: exact
# argmax/argmin/cumsum/cumprod: a 0-d array takes axis 0 or -1 as a 1-d
# array does; axis= is read as NumPy's PyArray_AxisConverter reads it
import numpy as np


def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)


z = np.array(3.5)
t(lambda: z.argmax(axis=0))
t(lambda: z.argmin(axis=-1))
t(lambda: np.argmax(z, axis=0, keepdims=True))
t(lambda: np.argmin(np.array(2, dtype=np.int8), axis=None, keepdims=True))
t(lambda: z.cumsum(axis=0))
t(lambda: np.cumprod(z, axis=-1))
t(lambda: np.cumsum(np.array(True), axis=0))
a = np.arange(6).reshape(2, 3)
for ax in [True, np.bool_(False), 1.5, (0,), "0", np.int8(1), -2]:
    t(lambda: a.argmax(axis=ax))
    t(lambda: np.argmin(a, axis=ax))
    t(lambda: np.cumsum(a, axis=ax))
    t(lambda: a.cumprod(axis=ax))
