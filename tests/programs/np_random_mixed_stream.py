# outcmp: exact
import numpy as np
np.random.seed(31337)
out = []
for i in range(6):
    k = i % 3
    if k == 0:
        out.append(repr(np.random.random()))
    elif k == 1:
        out.append(str(np.random.randint(0, 50)))
    else:
        out.append(str(np.random.uniform(-1.0, 1.0)))
print(out)
grid = np.random.random((4, 4))
print((grid > 0.5).astype(int))
print(np.random.randint(0, 10, (2, 5)))
w = np.random.random(5)
w /= w.sum()
print(w.tolist(), repr(w.sum()))
idx = np.random.permutation(8)
data = np.arange(8) * 10
print(data[idx], idx.argsort())
print(np.random.rand(3).tolist(), np.random.random_sample((1, 2)).tolist())
