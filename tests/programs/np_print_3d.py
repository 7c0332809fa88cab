# outcmp: exact
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a)
print(repr(a))
print(a / 2)
print(np.arange(16).reshape(2, 2, 2, 2))
print(repr(np.arange(16).reshape(2, 2, 2, 2)))
print(np.zeros((1, 1, 3)), np.zeros((2, 1, 1)))
print(np.arange(8.0).reshape(2, 2, 2) - 3.5)
print(np.zeros((2, 0, 3)), repr(np.zeros((2, 0, 3))))
print(repr(np.ones((2, 2, 2), dtype=np.int8)))
print((np.arange(12).reshape(2, 3, 2) % 2 == 0))
print(str(np.arange(6).reshape(1, 2, 3)))
