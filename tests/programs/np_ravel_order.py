# ravel/flatten/np.ravel take order positionally or by keyword: C, F
# (transposed), A (F for a Fortran-only-contiguous array) and K (memory
# order: axes by decreasing |stride|, negative strides kept). a.flatten('F')
# used to ignore its positional order.
import numpy as np
a = np.arange(6).reshape(2, 3)
for x in [a, a.T, a[:, ::2], a[::-1], np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1), np.arange(24).reshape(2, 3, 4).T]:
    for o in ['C', 'F', 'A', 'K']:
        try:
            print(o, x.ravel(o), x.flatten(o), np.ravel(x, o), x.ravel(order=o), x.flatten(order=o))
        except Exception as e:
            print(o, type(e).__name__, e)
    print(x.ravel(), x.flatten(), np.ravel(x))
for bad in ['X', 'CF', 3]:
    try:
        print(a.ravel(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    a.flatten('C', 'F')
except TypeError as e:
    print('TypeError', e)
v = a.T.ravel('F'); v[0] = 99; print(a)
w = a.T.flatten('F'); w[1] = -1; print(a)
b = np.arange(60).reshape(3, 4, 5)
for x in [b[::-1, :, ::2], b.transpose(1, 2, 0)[:, ::-1], b[:, :1, :].T, b.swapaxes(0, 1)[1:], np.ones((3, 1, 2)).T, b[::2].transpose(2, 1, 0)]:
    print(x.ravel('K'), x.flatten('A'), x.ravel('F')[:6])
