# np.interp(period=) with complex x: NumPy casts x to float64 with a
# ComplexWarning (dropping the imaginary part); streak refuses instead
import numpy as np
print(np.interp([0.5, 3.5], [0, 1, 2, 3], [1.0, 2.0, 3.0, 4.0], period=4))
print(np.interp(np.array([0.5 + 1j]), [0, 1, 2, 3], [1.0, 2.0, 3.0, 4.0], period=4))
# oracle: differs -- NumPy prints [1.5] (and a ComplexWarning); streak raises NotImplementedError
