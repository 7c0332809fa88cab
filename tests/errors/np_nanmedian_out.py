# np.nanmedian(out=): not implemented in streak's interpreter; refused
# rather than ignored
import numpy as np
a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])
print(np.nanmedian(a, axis=1))
out = np.zeros(2)
np.nanmedian(a, axis=1, out=out)
print(out)
# oracle: differs -- NumPy prints [2.  4.5]; streak raises NotImplementedError
