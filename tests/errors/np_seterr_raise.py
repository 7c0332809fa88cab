# np.seterr(all='raise') makes NumPy raise FloatingPointError where a
# floating-point error happens; streak does not detect them, so it refuses
# the setting rather than run on silently ('ignore' and 'warn' work)
import numpy as np
np.seterr(all="ignore")
print(np.geterr())
np.seterr(all="raise")
try:
    np.array([1.0]) / 0.0
except FloatingPointError:
    print("FloatingPointError")
# oracle: differs -- NumPy prints FloatingPointError (streak refuses with
#   NotImplementedError)
