# outcmp: exact
import numpy as np
print(np.array([np.nan, 1.0, -np.inf, np.inf]))
print(repr(np.array([np.nan, 1.0, -np.inf, np.inf])))
print(np.array([np.nan]), np.array([np.inf]), np.array([-np.inf]), np.array([np.nan, np.nan]))
print(np.array([np.nan, 1.5, 2.25]), np.array([np.inf, 0.001]), np.array([np.inf, 1e-5]))
print(np.array([[np.nan, 1.0], [2.0, np.inf]]))
print(np.array([np.nan, 123456.0]), np.array([-np.inf, 1e10]))
print(np.array([complex(np.nan, 1), complex(1, np.inf)]))
print(np.array([np.nan], dtype=np.float32), repr(np.array([np.inf, -1.5], dtype=np.float32)))
print(repr(np.float64(np.nan)), repr(np.float64(-np.inf)), str(np.float32(np.inf)), np.nan, np.inf, -np.inf)
print(np.array([np.nan, -np.nan]), np.array([0.0]) / np.array([0.0]), np.array([-1.0]) / np.array([0.0]))
print(np.array([np.nan, 1.0, 2.0]).tolist(), np.array([np.inf]).tolist(), float(np.array([np.nan])[0]))
print(np.array([np.inf, -np.inf, 0.5]).astype(np.float32), np.array([np.nan, 10.0, 100.0, 1000.0, 10000.0]))
