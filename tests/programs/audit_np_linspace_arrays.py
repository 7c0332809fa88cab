# np.linspace with array endpoints (samples along a new first axis, or axis=;
# one any(step == 0) rule for all; array retstep), and scalar edge cases.
import numpy as np
print(np.linspace(np.array([0, 1]), 2, 3), np.linspace([0, 10], [1, 20], 5, axis=1), np.linspace(0, [[1], [2]], 3, axis=-1).shape)
print(np.linspace([0, 0], [0, 1], 3), np.linspace([0.0, 1.0], [1.0, 2.0], 4, endpoint=False, retstep=True), np.linspace([1, 2], [3, 4], 1, retstep=True))
print(np.linspace([0, 1j], 2, 3), np.linspace(np.zeros((2, 2)), 1, 2).shape, np.linspace([0, 5], 10, 4, dtype=int), np.linspace([1, 2], 3, 0).shape, np.linspace(np.array([1.5]), 2.5, 3, axis=1))
print(np.linspace([0, 1], [2, 3, 4], 2) if False else '', np.linspace(np.arange(3), 10, 3, dtype=np.float32))
print(np.linspace(0, 1, 7), np.linspace(0, 10, 4, endpoint=False), np.linspace(2, 3, 1), np.linspace(1, 0, 3), np.linspace(0, 10, 5, dtype=int), np.linspace(-5, 5, 4, dtype=np.int8), np.linspace(0, 1, 3, retstep=True), np.linspace(0, 1, 1, retstep=True))
print(np.linspace(0, 1, 0), np.linspace(2, 2, 3), np.linspace(0, 1, 2.0) if False else '', np.linspace(np.int8(3), np.uint8(200), 4), np.linspace(True, 5, 3))
try:
    np.linspace(0, 1, -1)
except ValueError as e:
    print(e)
try:
    np.linspace([0, 1], [2, 3, 4], 2)
except ValueError as e:
    print(e)
