import numpy as np
print(np.add, np.sqrt, np.divide, np.true_divide, np.mod, np.abs is np.absolute, np.conj)
print(np.add.nin, np.add.nout, np.sqrt.nin, np.add.__name__, np.add.identity, np.multiply.identity, np.maximum.identity)
print(np.add.reduce([1, 2, 3]), np.multiply.reduce([1, 2, 3, 4]), np.maximum.reduce([3, 9, 2]), np.minimum.reduce(np.array([[3, 1], [0, 5]]), axis=1))
print(np.add.reduce(np.arange(6).reshape(2, 3), axis=None), np.add.reduce(np.ones((2, 2)), axis=(0, 1)), np.subtract.reduce([10, 1, 2]))
print(np.add.accumulate([1, 2, 3]), np.subtract.accumulate([10, 1, 2]), np.logical_or.reduce([False, True]))
print(np.add.outer(np.arange(3), np.arange(2)), np.subtract.outer([1, 2], [[1], [2]]).shape)
f = np.sqrt
print(f(np.array([4.0, 9.0])), np.add(1, 2), np.add(1.5, 2), np.add(True, True), np.multiply(True, False))
print(np.sin.types[:3] if False else np.add.types[:4])
try:
    np.sqrt.reduce([1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    np.bitwise_and(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    np.array([True]) - np.array([False])
except TypeError as e:
    print("TypeError:", e)
try:
    -np.array([True])
except TypeError as e:
    print("TypeError:", e)
