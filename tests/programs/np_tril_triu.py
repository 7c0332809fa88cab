# np.tril / np.triu: items above (below) the k-th diagonal zeroed, 1-d
# input broadcast to a square, stacks of matrices, every dtype.
import numpy as np
def t(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
a = np.arange(1, 13).reshape(3, 4)
for k in [-3, -1, 0, 1, 2, 5]:
    t(k, lambda: (np.tril(a, k), np.triu(a, k)))
t('1d', lambda: (np.tril([1, 2, 3]), np.triu(np.arange(3), 1)))
t('3d', lambda: np.tril(np.ones((2, 3, 3), dtype=np.int8)))
t('f', lambda: np.triu(a * 0.5 - 2, -1))
t('b', lambda: np.tril(a > 5))
t('c', lambda: np.triu(np.array([[1j, 2], [3, 4]])))
t('T', lambda: np.tril(a.T))
t('0', lambda: np.tril(np.zeros((0, 3))))
t('s', lambda: np.tril(5))
t('kw', lambda: np.triu(m=a, k=2))
t('neg0', lambda: np.tril(np.array([[-0.0, 1], [2, 3]]), -1))
