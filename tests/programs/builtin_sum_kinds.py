# sum() over lists and tuples (read by index), iterators, and mixed kinds:
# ints past 64 bits, floats in order, NumPy scalars, sequences, errors.
import numpy as np
print(sum([1, 2, 3]), sum((1.5, 2, 3)), sum([2**62, 2**62, 2**62]), sum([], 10), sum([1, 2.5, True]), sum([[1], [2]], []))
print(sum(range(10)), sum(x * 2 for x in range(5)), sum([0.1] * 10), sum((1, 2), 0.5), sum([2**63, -1]), sum([1e308, 1e308, -1e308]))
print(sum([np.float64(0.5), 1, 2]), sum((np.int32(3), 4)), sum([1.5, 2**70]), sum(((1,), (2, 3)), ()))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
