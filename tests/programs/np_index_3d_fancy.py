# outcmp: exact
import numpy as np
t = np.arange(60).reshape(3, 4, 5)
print(t[[0, 2]][:, [1, 3]][:, :, [0, 4]])
print(t[[0, 1, 2], [1, 2, 3], [0, 1, 2]])
print(t[np.array([[0], [2]]), np.array([[1, 3]]), 4])
print(t[t[:, 0, 0] > 10])
print(t[:, t[0, :, 0] > 4, :].shape)
print(t[..., t[0, 0] % 2 == 0][1])
i = np.array([2, 0])
t[i, i, i] = -1
print(t[2, 2, 2], t[0, 0, 0])
t[:, [0], :] *= 0
print(t[:, 0, :].sum(), t[1])
idx = np.argmax(t.reshape(3, -1), axis=1)
print(idx, t.reshape(3, -1)[np.arange(3), idx])
