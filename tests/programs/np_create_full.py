# outcmp: exact
import numpy as np
print(np.full(4, 7))
print(repr(np.full(4, 7)))
print(repr(np.full(3, 2.5)))
print(repr(np.full((2, 3), -1, dtype=np.int8)))
print(repr(np.full((2, 2), 1j)))
print(repr(np.full(3, True)))
print(repr(np.full(3, 7, dtype=np.float32)))
print(repr(np.full(2, np.nan)), repr(np.full(2, -np.inf)))
print(np.full((2, 3), 0.1).sum())
print(repr(np.full((3,), 255, dtype=np.uint8)))
print(np.full((1, 2, 3), 9).shape, np.full((1, 2, 3), 9).strides)
print(repr(np.full(2, np.int16(5))), repr(np.full(2, np.float32(0.5))))
f = np.full((3, 3), 4.0)
f[0, 0] = 1
print(f)
print(f.tolist())
