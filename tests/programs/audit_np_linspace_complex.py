# np.linspace with complex endpoints (NumPy computes in complex128, one
# step for both parts) and the float cases beside it.
import numpy as np
print(np.linspace(0, 1 + 1j, 3), np.linspace(1j, 2, 4, endpoint=False), np.linspace(1 + 1j, 1 + 1j, 3))
print(np.linspace(0, 1j, 5, retstep=True), np.linspace(-1 - 2j, 3 + 0.5j, 7), np.linspace(0j, 1, 1), np.linspace(0j, 1, 0))
print(np.linspace(1 + 2j, 3, 4, dtype=np.complex64), repr(np.linspace(0, 1j, 2)), np.linspace(2.5, 2.5 + 1e-300j, 3))
print(np.linspace(0, 1, 7), np.linspace(0, 10, 4, endpoint=False), np.linspace(2, 3, 1), np.linspace(1, 0, 3), np.linspace(0, 10, 5, dtype=int), np.linspace(0, 1, 3, retstep=True), np.linspace(1e-300, 2e-300, 3))
print(np.linspace(np.float32(0), 1, 3), np.linspace(np.complex64(1j), 0, 3), np.linspace(0, 1, 2, retstep=True, endpoint=False))
