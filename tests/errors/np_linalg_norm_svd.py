# The matrix 2-norm is the largest singular value (an SVD through LAPACK in
# NumPy), which streak does not compute: refused, not approximated
import numpy as np
m = np.arange(6.0).reshape(2, 3)
print(np.linalg.norm(m))
print(np.linalg.norm(m, 2))
# oracle: differs -- NumPy prints 7.3484692283495345 (streak refuses with
#   NotImplementedError)
