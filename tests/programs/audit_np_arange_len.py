# np.arange's length as NumPy computes it: (stop - start) / step with Python's
# exact int arithmetic, one rounding, then ceil (large int bounds; step 0).
import numpy as np
print(np.arange(2**62, 2**62 + 3), np.arange(2**62 + 3, 2**62, -1), np.arange(-2**63, -2**63 + 2), np.arange(2**62 + 1, 2**62 + 2**61, 2**60))
print(np.arange(0, 2**62 + 1, 2**62), np.arange(1, 2**62, 2**61 + 1), np.arange(2**53, 2**53 + 5.0), np.arange(2**53 + 1, 2**53 + 4, 1.0), np.arange(10**17, 10**17 + 250, 100))
print(np.arange(0.0, 1.0, 0.1), np.arange(1, 2, 0.3), np.arange(True, 3), np.arange(-3, 3, 1.5), np.arange(5, 2, -0.5))
try:
    np.arange(1, 5, 0)
except ZeroDivisionError as e:
    print(e)
