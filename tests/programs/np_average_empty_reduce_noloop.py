import numpy as np
# np.average of an empty result is NumPy's ZeroDivisionError (a.size / avg.size);
# a reduction with a dtype= its ufunc has no loop for is "No loop matching"
def show(f):
    try:
        r = f(); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.average(np.zeros((2, 0)), axis=-2))
show(lambda: np.average(np.zeros((2, 0)), axis=1))
show(lambda: np.average(np.zeros((0, 3)), axis=0))
show(lambda: np.average(np.zeros((2, 0), dtype=np.int8), axis=0))
show(lambda: np.average(np.array([]), weights=np.array([])))
show(lambda: np.bitwise_xor.reduce(np.array([[3, 9, 3, 2]], dtype=np.int16), dtype=np.float64))
show(lambda: np.bitwise_and.accumulate(np.array([3, 9], dtype=np.int16), dtype=np.complex64))
show(lambda: np.bitwise_or.reduce(np.array([1.5, 2.0])))
show(lambda: np.bitwise_or.reduce(np.array([1, 2]), dtype=np.int8))
