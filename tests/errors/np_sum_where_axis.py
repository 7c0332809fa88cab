# A float sum with where= along an axis: NumPy's masked loop adds the
# selected items of each run in its own order, which streak reproduces only
# over all of one array with a mask of its shape; here it refuses rather
# than print a sum whose last digits may differ
import numpy as np
a = np.arange(12.0).reshape(3, 4)
print(np.sum(a, where=a > 2))
print(np.sum(a, axis=0, where=a > 2))
# oracle: differs -- NumPy prints [12. 14. 16. 21.] (streak refuses with
#   NotImplementedError)
