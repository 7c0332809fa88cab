# outcmp: exact
import numpy as np
pts = np.array([[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0], [4.5, 5.0], [3.5, 4.5], [1.2, 0.8], [6.0, 7.5]])
cent = pts[[0, 3]].copy()
for it in range(6):
    d = np.sqrt(((pts[:, np.newaxis, :] - cent[np.newaxis, :, :]) ** 2).sum(axis=2))
    lab = d.argmin(axis=1)
    new = np.array([pts[lab == k].mean(axis=0) for k in range(2)])
    print(it, lab, np.round(new, 4))
    if np.allclose(new, cent):
        break
    cent = new
print(cent)
print(np.round(d, 3))
inertia = ((pts - cent[lab]) ** 2).sum()
print(repr(inertia), np.bincount(lab))
