# The builtin sum() in @njit is Numba's acc = 0 (int64), then acc = acc + x:
# float32 items add in float64, unsigned ones (uint64 too) in int64, bools
# count as ints, complex items give complex128; tuples (heterogeneous ones
# too, by literal_unroll) sum the same way; an empty tuple does not type.
from numba import njit
from numba.core.errors import TypingError
from numba.typed import List
import numpy as np


@njit
def total(t):
    return sum(t)


for v in [[np.float32(0.1), np.float32(0.2)], [np.uint64(2**63 + 5)], [np.uint8(200), np.uint8(100)],
          [np.int8(100), np.int8(100)], [True, True], [0.1, 0.2], [1, 2], [np.complex64(0.1 + 1j), np.complex64(0.2)]]:
    r = total(v)
    print(r, type(r).__name__)
tl = List()
tl.append(np.float32(0.1))
tl.append(np.float32(0.2))
print(total(tl))
for t in [(1, 2, 3), (1.5, 2.5), (np.float32(0.1), np.float32(0.2)), (1, 2.5), (True, True), (np.int8(100), np.int8(100)),
          (np.uint64(2**63 + 5), 1), (1, 0.5j)]:
    r = total(t)
    print(r, type(r).__name__)
try:
    print(total(()))
except TypingError:
    print("TypingError")
