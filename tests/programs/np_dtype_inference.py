# outcmp: exact
import numpy as np
cases = [[1, 2, 3], [1, 2.0], [1, 2j], [True, False], [True, 2], [True, 2.5],
         [[1, 2], [3, 4]], [[1.0], [2]], (1, 2, 3), [], [0.0], [1 + 0j]]
for c in cases:
    a = np.array(c)
    print(repr(c), '->', a.dtype, a.shape, a)
print(np.array(5).dtype, np.array(5.0).dtype, np.array(True).dtype, np.array(1j).dtype)
print(np.array([1, 2], dtype=np.float32).dtype, np.array([1.7, 2.2], dtype=np.int64))
print(np.array(range(5)), np.array(range(2, 10, 3)).dtype)
print(np.array([2**63]).dtype, np.array([2**63 - 1]).dtype, np.array([-2**63]).dtype)
print(np.array([np.int8(1), np.int8(2)]).dtype, np.array([np.float32(1)]).dtype)
print(np.array([np.int8(1), 300]).dtype, np.array([np.float32(1), 1.0]).dtype)
print(np.asarray([1, 2]).dtype, np.asarray([1.5]).dtype)
