# outcmp: exact
import numpy as np
print(np.arange(1000))
print(np.arange(1001))
print(repr(np.arange(1001)))
print(np.arange(2000) * 0.5)
print(np.arange(5000).reshape(50, 100))
print(repr(np.arange(3000).reshape(3, 1000)))
print(np.arange(1200).reshape(2, 3, 200))
print(np.zeros(1001, dtype=bool))
print(np.arange(1100, dtype=np.uint8))
print(np.arange(1001) * (1 + 1j))
