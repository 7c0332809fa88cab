# outcmp: exact
import numpy as np
np.random.seed(2023)
vals = np.random.randint(0, 20, 200) + np.random.randint(0, 20, 200)
counts, edges = np.histogram(vals, bins=10, range=(0, 40))
for c, lo in zip(counts, edges[:-1]):
    print(f"{lo:5.1f} | {'#' * (c // 2)} {c}")
print(counts.sum(), edges)
bc = np.bincount(vals)
print(bc, bc.argmax(), bc.max())
u, c = np.unique(vals, return_counts=True)
print(len(u), u[:5], c[:5], (c == bc[u]).all())
print(vals.mean(), vals.min(), vals.max(), np.sort(vals)[:10])
