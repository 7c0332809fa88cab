# np.where(cond, x, y) with 0-d operands returns a 0-d array, not a scalar.
import numpy as np

print(repr(np.where(True, 1, 2)), repr(np.where(False, 1.5, 2)))
print(repr(np.where(np.array(True), 1, 2)), repr(np.where(True, np.array(1), 2)))
r = np.where(np.bool_(False), np.int32(1), np.int32(7))
print(repr(r), r.shape, r.ndim, type(r).__name__, r.dtype)
print(repr(np.where(True, [1], 2)), repr(np.where(np.array([True, False]), 1, 2)))
print(repr(np.where(True)), repr(np.where(np.array(0))))
print(np.where(1 > 0, 3, 4) + 1, repr(np.where(1 > 0, 3, 4)[()]))

# hot loop: the JIT records np.where on scalars
t = 0
for i in range(100):
    w = np.where(i % 3 == 0, i, -i)
    t += int(w) + w.ndim
print(t)
