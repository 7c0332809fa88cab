# A NumPy integer scalar with a Python int no NumPy integer dtype holds:
# NumPy 1.24 gives up and Python's int does the arithmetic (a Python int);
# from 2**63 to 2**64 the int is a uint64 and the result a float64.
import numpy as np
x = np.int64(3)
for v in [2**62, 2**63, 2**70, -2**63, -2**64]:
    for r in [x + v, v + x, v * x, x - v, v - x]:
        print(type(r).__name__, repr(r))
print(repr(np.int64(2**62) * 4), repr(np.int64(-2**62) * 4))
