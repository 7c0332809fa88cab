import numpy as np
# np.clip names all three shapes in its broadcast error (one ufunc call in
# NumPy); np.vdot of different sizes is a reshape error as in NumPy
def show(f):
    try:
        r = f(); print(repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
show(lambda: np.clip(np.array([], dtype=np.uint64), np.array([0, 1, 2]), 5))
show(lambda: np.clip(np.zeros((3, 1, 2)), np.array([0, 1, 2]), np.zeros((2, 1))))
show(lambda: np.zeros((1, 4)).clip(np.array([0, 1, 2]), 100))
show(lambda: np.clip(np.zeros(3), np.array([0, 1]), None))
show(lambda: np.clip(np.arange(4), np.array([[0], [2]]), np.array([1, 2, 3, 3])))
show(lambda: np.vdot(np.arange(9).reshape(3, 3), np.array([])))
show(lambda: np.vdot(np.array(1.0), np.arange(9)))
show(lambda: np.vdot(np.arange(6).reshape(2, 3), np.arange(6.0).reshape(3, 2)))
show(lambda: np.vdot(np.array([1+2j, 3j]), np.array([[2], [1j]])))
