# Boolean-mask gathers, scatters and counts where the mask is false in long
# runs (contiguous masks are skipped 8 bytes at a time), with lengths that
# are not multiples of 8, true elements at block edges, strided and 2-D
# masks, and every element size.
import numpy as np

n = 203
idx = np.arange(n)
runs = ((idx >= 17) & (idx < 19)) | (idx == 64) | (idx == 71) | (idx == 72) | (idx >= 199)
for dt in (np.int8, np.int16, np.float32, np.float64, np.complex128, np.bool_):
    a = (idx * 3 - 100).astype(dt)
    print(dt.__name__, a[runs], a[runs].size, np.count_nonzero(runs))
    b = a.copy()
    b[runs] = a[runs][::-1]
    print(b[15:20], b[62:75], b[196:])
    c = a.copy()
    c[runs] = a[0]
    print(c[runs], (c != a).sum())

none = np.zeros(n, dtype=bool)
print(idx[none], idx[none].size, idx[~none].size)
last = none.copy()
last[-1] = True
print(idx[last], idx[last[::-1]])
m2 = np.zeros((9, 23), dtype=bool)
m2[0, 0] = m2[4, 9] = m2[8, 22] = True
m2[6, 8:16] = True
g = np.arange(9 * 23).reshape(9, 23) * 1.5
print(g[m2])
print(g.T[m2.T])
g[m2] = -g[m2]
print(g[m2], g.sum())
strided = runs[::2]
print(idx[::2][strided], idx[1::2][runs[1::2]])
z = np.zeros(40, dtype=np.complex128)
act = np.zeros(40, dtype=bool)
act[8:16] = True
act[33] = True
z[act] = z[act] * z[act] + (1 + 2j)
z[act] = z[act] * z[act] + (1 + 2j)
print(z[act], z.sum())
