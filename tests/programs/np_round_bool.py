# np.round of booleans: not an integer type to NumPy's PyArray_Round, so
# decimals != 0 multiplies (divides) by 10**decimals into a bool output and
# fails with NumPy's UFuncTypeError (decimals=0 is a float16 rint, which
# streak refuses: np_float16_refused); ints keep their dtype
import numpy as np
for d in [1, 2, -1]:
    for a in [np.array([True, False]), np.array(True), np.bool_(True)]:
        try:
            r = np.round(a, d)
            print(d, repr(r))
        except TypeError as e:
            print(d, type(e).__name__, e)
print(repr(np.round(np.array([15, 25, -35], dtype=np.int16), -1)), repr(np.round(np.array([7, 8]), 2)))
