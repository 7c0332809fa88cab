# np.matmul / @ whose stack dimensions do not broadcast: NumPy's gufunc message
# with the remapped shapes and the requested core shape; the cases that work.
import numpy as np
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: np.matmul(np.ones((2, 1, 3)), np.ones((4, 3, 2))).shape)
t(lambda: np.ones((3, 2, 2)) @ np.ones((4, 2, 2)))
t(lambda: np.ones((3, 2, 5)) @ np.ones((5, 4, 5, 1)))
t(lambda: np.ones((7, 3, 2, 5)) @ np.ones((4, 5, 1)))
t(lambda: np.ones((3, 2, 5)) @ np.ones((5,)))
t(lambda: np.ones((5,)) @ np.ones((3, 5, 2)))
t(lambda: np.ones((2, 2, 3)) @ np.ones((2, 4, 2)))
t(lambda: np.ones((1, 2, 3)) @ np.ones((6, 3, 2)))
