# hypot.reduce of int8: NumPy reduces in float16, which streak does not have;
# it raises rather than print float32 values (as a hypot call does)
import numpy as np
a = np.array([1, 2, 3], dtype=np.int8)
print(np.hypot.reduce(a))
# oracle: differs -- NumPy prints the float16 result 3.742; streak has no
#   float16 and refuses rather than compute in float32
