# np.sort / np.argsort / ndarray.sort of a 0-d array: argsort takes it as
# 1-D (array([0])), sort has no axis to sort (AxisError)
import numpy as np
a = np.array(5)
fs = [lambda: a.argsort(), lambda: a.argsort(axis=0), lambda: np.argsort(a), lambda: np.sort(a), lambda: a.copy().sort(), lambda: np.sort(a, axis=None), lambda: np.argsort(a, axis=None), lambda: a.argsort(axis=None), lambda: np.argsort(a, axis=-1), lambda: np.argsort(a, axis=3)]
for i, f in enumerate(fs):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
