# outcmp: exact
import numpy as np
a = np.array([1.0, -1.0, 0.0, np.inf, np.nan])
print(a / 0.0)
print(a / -0.0)
print(a // 0.0, a % 0.0)
print(np.array([5, -5, 0]) // np.array([0, 0, 0]), np.array([5, -5, 0]) % np.array([0, 0, 0]))
print(np.array([5, -5], dtype=np.int8) // 0, np.array([5], dtype=np.uint8) % 0)
print(np.array([1, 2]) / 0, np.array([0]) / 0)
print(np.floor_divide(np.array([7.0, -7.0]), np.array([np.inf, np.inf])), np.mod(np.array([7.0, -7.0]), np.inf))
print(np.float64(1) / 0, np.float64(-1) / 0, np.float64(0) / 0)
print(np.array([np.inf]) - np.array([np.inf]), np.array([np.inf]) * 0, np.array([1e308]) * 10, -np.array([1e308]) * 10)
print(np.array([1e-320]) / 1e10, np.array([5e-324]) / 2, np.array([-5e-324]) / 2)
print(np.array([2**62], dtype=np.int64) * 4, np.array([-2**63]) - 1)
