import numpy as np
# a ufunc's broadcast error lists its where= mask with the operands
def show(f):
    try:
        r = f(); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([1, 2, 9, 7], dtype=np.int8)
show(lambda: np.add(a, np.array([8, -7, 10]), where=np.array([True, True, False, False])))
show(lambda: np.add(a, 1, where=np.array([True, False, True])))
show(lambda: np.negative(a, where=[[True], [False], [True]])[1:].shape)
show(lambda: np.add(a, 1, where=np.array([1, 0, 1, 1])))
show(lambda: np.add(a, a, out=np.zeros(4, dtype=np.int8), where=[True, False, True, True]))
show(lambda: np.add(a, a, where=True))
