# outcmp: exact
import numpy as np
print(np.array([True]), np.array([False]), np.array([True, False]))
print(repr(np.array([True, False])), repr(np.array([False])))
print(np.array([[True, False, True], [False, False, False]]))
print(repr(np.array([[True, False, True], [False, False, False]])))
print(np.zeros((2, 2, 2), dtype=bool))
print(np.arange(40) % 3 == 0)
print(repr(np.arange(20) % 2 == 0))
print(np.bool_(True), repr(np.bool_(False)), str(np.True_), np.array(True), repr(np.array(False)))
print(np.array([True, False]).tolist(), [bool(x) for x in np.array([1, 0])])
print(type(np.array([True])[0]).__name__, np.array([True])[0] is np.True_)
print(np.ones(3, dtype=bool) & np.array([1, 0, 1], dtype=bool))
