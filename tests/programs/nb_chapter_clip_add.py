# outcmp: exact
import numba
import numpy as np


@numba.vectorize(['float64(float64, float64)'])
def clip_add(x, y):
    result = x + y
    if result > 1.0:
        return 1.0
    elif result < -1.0:
        return -1.0
    return result


a = np.linspace(-1.0, 1.0, 9)
b = np.full(9, 0.5)
print(clip_add(a, b))
print(clip_add(a, -b))
print(clip_add(0.25, 0.5), clip_add(0.75, 0.5), type(clip_add(0.25, 0.5)).__name__)
m = np.arange(12, dtype=np.float64).reshape(3, 4) / 10
print(clip_add(m, np.array([0.0, 0.3, 0.6, 0.9])))
print(clip_add(m, np.array([[-1.0], [0.0], [1.0]])))
out = np.zeros(9)
r = clip_add(a, b, out=out)
print(out, r is out)
print(clip_add.reduce(np.array([0.5, 0.4, 0.3, -2.0, 0.1])))
print(clip_add.accumulate(np.array([0.5, 0.4, 0.3, -2.0, 0.1])))
print(clip_add.reduce(m, axis=1), clip_add.reduce(m, axis=0))
print(clip_add(np.arange(3), np.arange(3)), clip_add.nin, clip_add.nout, clip_add.ntypes, clip_add.types)
