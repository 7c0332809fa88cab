# mean/var/std with a where= mask: NumPy divides by the count of selected
# items; streak does not implement the mask there and refuses it (it used to
# ignore the mask and print a wrong mean)
import numpy as np
a = np.arange(12).reshape(3, 4) % 5
print(a.mean(where=True))
print(a.mean(axis=1, where=a > 1))
# oracle: differs -- NumPy prints [2.5 3.  3.5]; streak has no where= for
#   mean/var/std and raises NotImplementedError
