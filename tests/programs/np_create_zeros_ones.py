# outcmp: exact
import numpy as np
print(np.zeros(5))
print(repr(np.zeros(5)))
print(np.ones(3), repr(np.ones(3)))
print(np.zeros((2, 3)))
print(repr(np.zeros((2, 3), dtype=np.int32)))
print(np.ones((2, 2, 2), dtype=np.uint8))
print(repr(np.ones(4, dtype=np.complex64)))
print(np.zeros(0), repr(np.zeros(0)), np.zeros(0).shape)
print(repr(np.zeros((0, 3))), np.zeros((0, 3)).size)
print(repr(np.zeros(())), np.zeros(()).ndim)
print(np.zeros([2, 1]).shape, np.ones((3,)).shape)
e = np.empty(4)
e.fill(2.5)
print(e, e.dtype)
e2 = np.empty((2, 2), dtype=np.int16)
e2[:] = 7
print(e2, repr(e2))
print(np.zeros(3, dtype=bool), np.ones(3, dtype=bool))
print(np.zeros(2, np.float32) + 1, np.ones(2, 'int8') * -1)
z = np.zeros((3, 4))
z[1, 2] = 5
z[2] = 1
print(z)
print(np.ones((2, 3)).sum(), np.zeros((2, 3)).any())
