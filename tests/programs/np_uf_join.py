import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(6, 12).reshape(2, 3)
print(np.concatenate([a, b]), np.concatenate((a, b), axis=1), np.concatenate([a, b], axis=None))
print(np.concatenate([np.arange(3), np.arange(2.0)]), np.concatenate([[1, 2], [3]]))
print(np.stack([a, b]).shape, np.stack([a, b], axis=1), np.stack([np.arange(3), np.arange(3)], axis=-1))
print(np.vstack([np.arange(3), np.arange(3)]), np.vstack([a, np.arange(3)]))
print(np.hstack([np.arange(3), np.arange(2)]), np.hstack([a, b]))
print(np.column_stack([np.arange(3), np.arange(3) * 2]))
try:
    np.concatenate([a, np.arange(4).reshape(2, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    np.concatenate([a, np.arange(3)])
except ValueError as e:
    print("ValueError:", e)
try:
    np.stack([np.arange(3), np.arange(4)])
except ValueError as e:
    print("ValueError:", e)
print(np.concatenate([np.array([1], dtype=np.int8), np.array([2.5], dtype=np.float32)]).dtype)
