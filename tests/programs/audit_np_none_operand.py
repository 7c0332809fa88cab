# array op None: NumPy computes in an object array, so the error names the
# element's Python type ('int' and 'NoneType'); == and != give all False/True.
import numpy as np
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for a in [np.arange(3), np.ones(2), np.array([True]), np.array([1j]), np.arange(3, dtype=np.uint8), np.ones((2, 2), np.float32)]:
    t(lambda: a + None)
    t(lambda: None * a)
    t(lambda: a ** None)
    t(lambda: None // a)
    t(lambda: a & None)
    t(lambda: a == None)
    t(lambda: a != None)
