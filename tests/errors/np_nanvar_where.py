# nanvar/nanstd with a where= mask: NumPy counts and sums only the selected
# non-NaN items; streak does not implement the mask there and refuses it
import numpy as np
a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])
print(np.nanvar(a, where=True))
print(np.nanstd(a, axis=1, where=a > 1))
# oracle: differs -- NumPy prints [0.  0.5]; streak raises NotImplementedError
