import numpy as np
# np.diagonal / ndarray.diagonal (offset, axis1, axis2: a read-only view),
# trace over any two axes, transpose repeated-axis and swapaxes axis1:/axis2: errors
a = np.arange(24).reshape(2, 3, 4)
m = np.arange(12.0).reshape(3, 4)
def show(f):
    try:
        r = f()
        print(repr(r), r.flags.writeable if isinstance(r, np.ndarray) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.diagonal(m))
show(lambda: m.diagonal(1))
show(lambda: m.diagonal(-2))
show(lambda: m.diagonal(5))
show(lambda: m.T.diagonal(offset=1))
show(lambda: a.diagonal())
show(lambda: a.diagonal(1, 1, 2))
show(lambda: a.diagonal(0, 2, 0))
show(lambda: np.diagonal(a, axis1=-1, axis2=-2, offset=-1))
show(lambda: a.diagonal(0, 1, 1))
show(lambda: a.diagonal(0, 3, 1))
show(lambda: a.diagonal(0, 0, -4))
show(lambda: np.arange(3).diagonal())
show(lambda: np.diagonal([[1, 2], [3, 4]]))
show(lambda: np.diagonal(np.zeros((0, 3))))
show(lambda: np.trace(a))
show(lambda: np.trace(a, 1, 1, 2))
show(lambda: a.trace(axis1=2, axis2=0, dtype=np.float32))
show(lambda: np.trace(m, -1))
show(lambda: np.trace(m, 0, 1, 1))
show(lambda: np.trace(m, 0, 0, 2))
show(lambda: np.trace(np.arange(3)))
show(lambda: np.transpose(m, (-1, 1)))
show(lambda: np.transpose(a, (0, 2, -3)))
show(lambda: np.transpose(a, [2, 0, 1]))
show(lambda: a.transpose(1, 1, 0))
show(lambda: np.swapaxes(m, 2, 0))
show(lambda: np.swapaxes(m, 0, -3))
show(lambda: m.swapaxes(-1, 0))
show(lambda: np.cross(m, m, axisa=5))
d = m.diagonal()
try:
    d[0] = 5
except Exception as e:
    print(type(e).__name__, e)
