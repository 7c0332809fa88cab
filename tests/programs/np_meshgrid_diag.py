# np.meshgrid (xy and ij indexing, sparse, any number of inputs; a list of
# copies) and np.diag (a 1-D input on the k-th diagonal, or the k-th
# diagonal of a 2-D input as a read-only view).
import numpy as np
def t(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
x = np.array([1, 2, 3]); y = np.array([10, 20])
t(1, lambda: np.meshgrid(x, y))
t(2, lambda: np.meshgrid(x, y, indexing='ij'))
t(3, lambda: np.meshgrid(x, y, sparse=True))
t(4, lambda: np.meshgrid(x))
t(5, lambda: np.meshgrid())
t(6, lambda: [g.shape for g in np.meshgrid(x, y, np.arange(4))])
t(7, lambda: [g.shape for g in np.meshgrid(x, y, np.arange(4), indexing='ij')])
t(8, lambda: np.meshgrid([1.5, 2], np.array([[1, 2], [3, 4]])))
t(9, lambda: np.meshgrid(x, y, indexing='xx'))
t(10, lambda: type(np.meshgrid(x, y)).__name__)
X, Y = np.meshgrid(np.linspace(0, 1, 3), np.linspace(0, 2, 4))
t(11, lambda: X * Y + X)
X[0, 0] = 100
t(12, lambda: X[1, 0])
t(13, lambda: np.diag(np.array([1, 2, 3])))
t(14, lambda: np.diag([1, 2], 1))
t(15, lambda: np.diag([1, 2], -2))
t(16, lambda: np.diag(np.arange(9).reshape(3, 3)))
t(17, lambda: np.diag(np.arange(12).reshape(3, 4), 1))
t(18, lambda: np.diag(np.arange(12).reshape(3, 4), -2))
t(19, lambda: np.diag(np.arange(12).reshape(3, 4), 5))
t(20, lambda: np.diag(np.arange(12).reshape(4, 3), -5))
t(21, lambda: np.diag(np.arange(8).reshape(2, 2, 2)))
t(22, lambda: np.diag(5))
t(23, lambda: np.diag(np.arange(9.0).reshape(3, 3).T, -1))
t(24, lambda: np.diag(np.array([1.5, 2j])))
d = np.diag(np.arange(9).reshape(3, 3))
try:
    d[0] = 5
except ValueError as e:
    print('VE', e)
t(25, lambda: np.diag(np.arange(9).reshape(3, 3)[::-1]))
t(26, lambda: np.diag(np.array([], dtype=np.int8)))
t(27, lambda: np.diag(np.eye(3)).sum())
