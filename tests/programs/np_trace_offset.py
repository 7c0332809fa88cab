# np.trace / a.trace with an offset (positional or keyword, beyond the
# array: 0) and dtype=, over 2-d and 3-d arrays.
import numpy as np
def t(label, f):
    try:
        r = f(); print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
a = np.arange(12).reshape(3, 4)
for k in [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5]:
    t(k, lambda: (np.trace(a, k), a.trace(k), np.trace(a.T, offset=k), a.trace(offset=k)))
t('i8', lambda: np.trace(np.eye(3, dtype=np.int8) * 100))
t('dt', lambda: np.trace(np.eye(3, dtype=np.int8) * 100, dtype=np.int8))
t('f', lambda: a.trace(1, dtype=float))
t('3d', lambda: np.trace(np.arange(24).reshape(2, 3, 4), 1))
t('1d', lambda: np.trace(np.arange(3)))
t('b', lambda: np.trace(np.eye(2, dtype=bool)))
t('c', lambda: np.trace(np.array([[1j, 2], [3, 4 - 1j]])))
