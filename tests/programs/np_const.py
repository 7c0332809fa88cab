# outcmp: exact
import numpy as np
print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(repr(np.pi), repr(np.e), type(np.pi).__name__, type(np.inf).__name__, type(np.nan).__name__)
print(np.pi * 2, np.pi / 2, np.e * np.e)
print(np.inf > 1e308, -np.inf < -1e308, np.nan == np.nan, np.nan != np.nan, np.isnan(np.nan), np.isinf(np.inf))
print(np.inf - np.inf, np.inf * 0, 1 / np.inf, np.inf + 1, -np.inf * -1)
print(np.array([np.pi, np.e]), repr(np.array([np.pi, np.e])))
print(np.newaxis, np.newaxis is None)
print(np.array([np.inf, np.nan, np.pi]).astype(np.float32), np.float32(np.pi), np.float32(np.e))
print(np.full(2, np.pi).sum(), repr(np.full(3, np.e).sum()), np.pi == 3.141592653589793)
import math
print(np.pi == math.pi, np.e == math.e, np.inf == math.inf, math.isnan(np.nan))
print(np.array([1.0, np.nan, 3.0]).max(), np.array([1.0, np.nan, 3.0]).min())
