# outcmp: exact
# ufunc.reduce over several axes: NumPy refuses it for ufuncs without an
# identity (subtract, divide, power, ...) but not for the min/max family;
# subtract refuses bools in reduce/accumulate as it does in a call
import numpy as np
a = np.arange(1, 7).reshape(2, 3)
b = a > 2
for uf in [np.subtract, np.divide, np.floor_divide, np.power, np.remainder, np.maximum, np.fmin, np.add, np.bitwise_and, np.logical_xor, np.equal]:
    for x in [a, b, a * 1.5, np.ones((2, 1)), np.zeros((0, 3)), np.array(5)]:
        for ax in [None, (0, 1), (1, 0), (), 0, -1]:
            try:
                print(uf.__name__, x.dtype, x.shape, ax, repr(uf.reduce(x, axis=ax)))
            except (ValueError, TypeError, IndexError) as e:
                print(uf.__name__, x.dtype, x.shape, ax, type(e).__name__, e)
for f in [lambda: np.subtract.accumulate(b), lambda: np.subtract.accumulate(b, axis=1), lambda: np.subtract.reduce(b, axis=0, keepdims=True), lambda: np.subtract.reduce(a, axis=None, keepdims=True), lambda: np.subtract.accumulate(a, axis=1)]:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
